import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Route } from '../router/route-table.js';
import '../accounts/accounts-page.js';
import '../dashboard/dashboard-page.js';
import '../join/join-cards-page.js';
import '../join/join-code-page.js';
import '../landing/landing-page.js';
import '../pupil/activity-page.js';
import '../pupil/launcher-page.js';
import '../teacher/class-page.js';
import '../teacher/console-page.js';
import '../teacher/login-page.js';
import './not-found-page.js';

/** Renders the page element of a route. */
export function renderRoute(route: Route): TemplateResult {
  switch (route.name) {
    case 'landing':
      return html`<fab-landing-page></fab-landing-page>`;
    case 'login':
      return html`<fab-login-page></fab-login-page>`;
    case 'console':
      return html`<fab-console-page></fab-console-page>`;
    case 'accounts':
      return html`<fab-accounts-page></fab-accounts-page>`;
    case 'class':
      return html`<fab-class-page .classId=${route.classId}></fab-class-page>`;
    case 'dashboard':
      return html`<fab-dashboard-page .classId=${route.classId} .pluginId=${route.pluginId}></fab-dashboard-page>`;
    case 'join':
      return html`<fab-join-code-page></fab-join-code-page>`;
    case 'join-cards':
      return html`<fab-join-cards-page .code=${route.code}></fab-join-cards-page>`;
    case 'launcher':
      return html`<fab-launcher-page></fab-launcher-page>`;
    case 'activity':
      return html`<fab-activity-page .pluginId=${route.pluginId}></fab-activity-page>`;
    case 'not-found':
      return html`<fab-not-found-page></fab-not-found-page>`;
  }
}

/** Returns the document title of a route, in the UI language. */
export function routeTitle(route: Route): string {
  switch (route.name) {
    case 'landing':
      return msg('Accueil', { id: 'title.landing' });
    case 'login':
      return msg('Connexion', { id: 'title.login' });
    case 'console':
      return msg('Mes classes', { id: 'console.title' });
    case 'accounts':
      return msg("Comptes de l'école", { id: 'accounts.title' });
    case 'class':
      return msg('Classe', { id: 'title.class' });
    case 'dashboard':
      return msg('Tableau de bord', { id: 'title.dashboard' });
    case 'join':
    case 'join-cards':
      return msg('Rejoindre ma classe', { id: 'title.join' });
    case 'launcher':
      return msg('Mes activités', { id: 'launcher.title' });
    case 'activity':
      return msg('Activité', { id: 'frame.title' });
    case 'not-found':
      return msg('Page introuvable', { id: 'not-found.title' });
  }
}
