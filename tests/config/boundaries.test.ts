/**
 * The layer rules (STYLE.md) are enforced by ESLint in `npm test`. These tests prove the rules are
 * live: a wrong import in each layer is reported, a right one is not.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it('shared/ imports neither Node, Electron, React, Dexie nor either side', async () => {
    for (const source of ["import fs from 'node:fs';", "import { app } from 'electron';", "import React from 'react';", "import Dexie from 'dexie';", "import { x } from '../renderer/src/app/App';", "import { y } from '../electron/main';"]) {
      expect(await boundaryErrors(`${source}\nexport const z = 1;`, 'shared/example.ts'), source).not.toEqual([]);
    }
    expect(await boundaryErrors("import { format } from 'date-fns';\nexport const f = format;", 'shared/example.ts')).toEqual([]);
  });

  it('renderer/ never imports Electron, Node or electron/', async () => {
    for (const source of ["import { ipcRenderer } from 'electron';", "import path from 'path';", "import fs from 'node:fs/promises';", "import { x } from '../../../electron/security';"]) {
      expect(await boundaryErrors(`${source}\nexport const z = 1;`, 'renderer/src/features/example.ts'), source).not.toEqual([]);
    }
    expect(await boundaryErrors("import { platform } from '../platform';\nexport const p = platform;", 'renderer/src/features/example.ts')).toEqual([]);
  });

  it('electron/ never imports renderer/', async () => {
    expect(await boundaryErrors("import { App } from '../renderer/src/app/App';\nexport const a = App;", 'electron/example.ts')).not.toEqual([]);
    expect(await boundaryErrors("import { APP_ORIGIN } from '../shared/identity';\nexport const o = APP_ORIGIN;", 'electron/example.ts')).toEqual([]);
  });
});
