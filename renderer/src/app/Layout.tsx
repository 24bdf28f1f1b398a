import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import iconUrl from '../../../resources/icons/icon.svg';
import { platform } from '../platform';
import { useSchoolSettings } from '../features/settings/queries';

export const SCREENS = [
  { path: '/', label: 'Dashboard' },
  { path: '/campaigns', label: 'Campaigns' },
  { path: '/workshops', label: 'Workshops' },
  { path: '/resources', label: 'Resources' },
  { path: '/trends', label: 'Trends' },
  { path: '/partners', label: 'Partners' },
  { path: '/settings', label: 'Settings' },
] as const;

/** The app's frame: a skip link, the main navigation and the current screen. */
export function Layout() {
  const location = useLocation();
  const navigate = useNavigate();
  const settings = useSchoolSettings();
  const firstRender = useRef(true);

  // After navigating, move focus to the new screen's heading so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('page-title')?.focus();
  }, [location.pathname]);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'open-settings') navigate('/settings');
        if (command === 'go-dashboard') navigate('/');
      }),
    [navigate],
  );

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="sidebar__brand">
          <img className="sidebar__logo" src={iconUrl} alt="" width="32" height="32" />
          <span>
            <span className="sidebar__name">Upstream</span>
            {settings ? <span className="sidebar__school">{settings.name}</span> : null}
          </span>
        </div>
        <nav aria-label="Main">
          <ul>
            {SCREENS.map((screen) => (
              <li key={screen.path}>
                <NavLink to={screen.path} end={screen.path === '/'}>
                  {screen.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar__footer">
          {settings?.isSample ? <p className="sidebar__sample">Sample school: fictional data</p> : null}
          <NavLink to="/privacy">Data and privacy</NavLink>
        </div>
      </aside>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
