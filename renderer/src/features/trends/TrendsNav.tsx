import { NavLink } from 'react-router-dom';

const LINKS = [
  { to: '/trends', label: 'Dashboard', end: true },
  { to: '/trends/check-ins', label: 'Drop-in sessions', end: false },
  { to: '/trends/surveys', label: 'Surveys', end: false },
  { to: '/trends/indicators', label: 'Indicators', end: false },
];

/** The trends section's own navigation, under each trends screen's heading. */
export function TrendsNav() {
  return (
    <nav aria-label="Trends">
      <ul className="trends-nav">
        {LINKS.map((l) => (
          <li key={l.to}>
            <NavLink className={({ isActive }) => `button button--small ${isActive ? 'button--primary' : 'button--secondary'}`} to={l.to} end={l.end}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
