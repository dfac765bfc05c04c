import { msg } from '@lit/localize';

const categoryNames: Readonly<Record<string, () => string>> = {
  answers: () => msg('Réponses', { id: 'data-category.answers' }),
  'response-times': () => msg('Temps de réponse', { id: 'data-category.response-times' }),
  scores: () => msg('Scores', { id: 'data-category.scores' }),
  audio: () => msg('Enregistrements audio', { id: 'data-category.audio' }),
  video: () => msg('Enregistrements vidéo', { id: 'data-category.video' }),
  drawings: () => msg('Dessins', { id: 'data-category.drawings' }),
  'free-text': () => msg('Textes libres', { id: 'data-category.free-text' }),
  emotions: () => msg('Émotions exprimées', { id: 'data-category.emotions' }),
  'well-being': () => msg('Bien-être déclaré', { id: 'data-category.well-being' }),
  usage: () => msg("Utilisation de l'activité", { id: 'data-category.usage' }),
};

/** Returns the translated name of a manifest data category, or the category itself when unknown. */
export function dataCategoryName(category: string): string {
  const name = Object.hasOwn(categoryNames, category) ? categoryNames[category] : undefined;
  return name === undefined ? category : name();
}
