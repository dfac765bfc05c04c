/** A picture a pupil recognises as their own, in place of a name or password. */
export interface PictureCard {
  id: string;
  emoji: string;
  label: { fr: string; en: string };
}

/** The cards of a class; a class holds at most this many pupils. */
export const PICTURE_CARDS: readonly PictureCard[] = [
  { id: 'fox', emoji: '🦊', label: { fr: 'Renard', en: 'Fox' } },
  { id: 'owl', emoji: '🦉', label: { fr: 'Hibou', en: 'Owl' } },
  { id: 'cat', emoji: '🐱', label: { fr: 'Chat', en: 'Cat' } },
  { id: 'dog', emoji: '🐶', label: { fr: 'Chien', en: 'Dog' } },
  { id: 'rabbit', emoji: '🐰', label: { fr: 'Lapin', en: 'Rabbit' } },
  { id: 'bear', emoji: '🐻', label: { fr: 'Ours', en: 'Bear' } },
  { id: 'panda', emoji: '🐼', label: { fr: 'Panda', en: 'Panda' } },
  { id: 'koala', emoji: '🐨', label: { fr: 'Koala', en: 'Koala' } },
  { id: 'tiger', emoji: '🐯', label: { fr: 'Tigre', en: 'Tiger' } },
  { id: 'lion', emoji: '🦁', label: { fr: 'Lion', en: 'Lion' } },
  { id: 'cow', emoji: '🐮', label: { fr: 'Vache', en: 'Cow' } },
  { id: 'pig', emoji: '🐷', label: { fr: 'Cochon', en: 'Pig' } },
  { id: 'frog', emoji: '🐸', label: { fr: 'Grenouille', en: 'Frog' } },
  { id: 'monkey', emoji: '🐵', label: { fr: 'Singe', en: 'Monkey' } },
  { id: 'chick', emoji: '🐤', label: { fr: 'Poussin', en: 'Chick' } },
  { id: 'penguin', emoji: '🐧', label: { fr: 'Manchot', en: 'Penguin' } },
  { id: 'turtle', emoji: '🐢', label: { fr: 'Tortue', en: 'Turtle' } },
  { id: 'fish', emoji: '🐟', label: { fr: 'Poisson', en: 'Fish' } },
  { id: 'octopus', emoji: '🐙', label: { fr: 'Pieuvre', en: 'Octopus' } },
  { id: 'butterfly', emoji: '🦋', label: { fr: 'Papillon', en: 'Butterfly' } },
  { id: 'ladybird', emoji: '🐞', label: { fr: 'Coccinelle', en: 'Ladybird' } },
  { id: 'snail', emoji: '🐌', label: { fr: 'Escargot', en: 'Snail' } },
  { id: 'whale', emoji: '🐳', label: { fr: 'Baleine', en: 'Whale' } },
  { id: 'elephant', emoji: '🐘', label: { fr: 'Éléphant', en: 'Elephant' } },
  { id: 'giraffe', emoji: '🦒', label: { fr: 'Girafe', en: 'Giraffe' } },
  { id: 'zebra', emoji: '🦓', label: { fr: 'Zèbre', en: 'Zebra' } },
  { id: 'hedgehog', emoji: '🦔', label: { fr: 'Hérisson', en: 'Hedgehog' } },
  { id: 'squirrel', emoji: '🐿️', label: { fr: 'Écureuil', en: 'Squirrel' } },
  { id: 'sun', emoji: '☀️', label: { fr: 'Soleil', en: 'Sun' } },
  { id: 'star', emoji: '⭐', label: { fr: 'Étoile', en: 'Star' } },
  { id: 'apple', emoji: '🍎', label: { fr: 'Pomme', en: 'Apple' } },
  { id: 'tree', emoji: '🌳', label: { fr: 'Arbre', en: 'Tree' } },
];

const CARDS_BY_ID = new Map(PICTURE_CARDS.map((card) => [card.id, card]));

/** Finds a card by its id. */
export function findPictureCard(id: string): PictureCard | undefined {
  return CARDS_BY_ID.get(id);
}
