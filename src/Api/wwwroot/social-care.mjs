// Progressive enhancement only: the page is complete without JavaScript. Loaded as a module from 'self', so the
// Content-Security-Policy needs no inline script.
import { initAll } from './nhsuk-frontend/nhsuk-frontend-10.6.1.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
