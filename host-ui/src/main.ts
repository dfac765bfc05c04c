import './zod-jitless.js';
import './app/app-shell-element.js';
import { applyStoredLocale } from './i18n/ui-locale.js';

// The shell is added once the stored language is loaded, so the first
// render is already in that language.
await applyStoredLocale();
document.body.append(document.createElement('fab-app'));
