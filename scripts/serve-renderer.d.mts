import type { Server } from 'node:http';

export declare const defaultRoot: string;
export declare function serveRenderer(options?: { root?: string; port?: number; host?: string }): Promise<Server>;
