import {
  type Activity,
  ADL_ACTIVITY_TYPES,
  ADL_VERBS,
  fabriqueExtension,
  type Statement,
  type Verb,
} from '@fabrique/sdk';
import { SeededRandom } from './seeded-random.js';

/** How many pupils, classes and activities the generated statements spread over. */
export interface StatementPopulation {
  pupils: number;
  /** Seed of the generator: the same seed gives the same statements. */
  seed: number;
}

/** Values that the benchmark's filtered queries look for. */
export interface QueryTargets {
  agent: { objectType: 'Agent'; account: { homePage: string; name: string } };
  verb: string;
  activity: string;
}

const HOME_PAGE = 'https://fabrique.vosges.example';
const PLUGINS = ['fundamentals', 'cogni-classes', 'emoti-classes', 'well-being'];
const MODULES_PER_PLUGIN = 5;
const EXERCISES_PER_MODULE = 8;
const PUPILS_PER_CLASS = 25;
const SESSIONS_OPEN_AT_ONCE = 50;
const CHOICES = ['a', 'b', 'c', 'd'];
// Share of `answered` statements whose response is correct, so that most launches end with `passed`.
const SUCCESS_RATE = 0.7;
const START_TIME = Date.parse('2025-09-01T07:30:00Z');

const VERBS = {
  initialized: verb('initialized', 'a commencé'),
  experienced: verb('experienced', 'a découvert'),
  answered: verb('answered', 'a répondu'),
  progressed: verb('progressed', 'a progressé'),
  completed: verb('completed', 'a terminé'),
  passed: verb('passed', 'a réussi'),
  failed: verb('failed', 'a échoué'),
  terminated: verb('terminated', 'a quitté'),
};

/** One pupil's use of one module of a plugin: the statements of one launch. */
interface Session {
  pupil: number;
  plugin: string;
  module: number;
  registration: string;
  steps: number;
  step: number;
  correct: number;
}

/**
 * Generates statements like those a school's plugins send: pseudonymous
 * account actors, ADL verbs with display names, interaction activities with
 * full definitions, a registration per launch, parent, grouping and category
 * context activities, and results with scores and durations. Fifty launches
 * run at once, so the statements of one pupil interleave with others' in
 * stored order, as in a class.
 */
export class StatementGenerator {
  private readonly random: SeededRandom;
  private readonly pseudonyms: string[];
  private readonly open: Session[] = [];
  private clock = START_TIME;

  constructor(private readonly population: StatementPopulation) {
    this.random = new SeededRandom(population.seed);
    this.pseudonyms = Array.from({ length: population.pupils }, () => this.random.hex(32));
  }

  /** Returns the next `count` statements, each with its own id. */
  batch(count: number): Statement[] {
    return Array.from({ length: count }, () => this.next());
  }

  /** Returns the first pupil, the most frequent verb and the first exercise. */
  queryTargets(): QueryTargets {
    return {
      agent: actor(this.pseudonyms[0] as string),
      verb: VERBS.answered.id,
      activity: exerciseId(PLUGINS[0] as string, 0, 0),
    };
  }

  private next(): Statement {
    while (this.open.length < SESSIONS_OPEN_AT_ONCE) this.open.push(this.newSession());
    const index = this.random.integer(this.open.length);
    const session = this.open[index] as Session;
    const statement = this.statementOf(session);
    session.step += 1;
    if (session.step > session.steps + 3) this.open.splice(index, 1);
    this.clock += 200 + this.random.integer(3_000);
    return statement;
  }

  private newSession(): Session {
    return {
      pupil: this.random.integer(this.population.pupils),
      plugin: this.random.pick(PLUGINS),
      module: this.random.integer(MODULES_PER_PLUGIN),
      registration: this.random.uuid(),
      steps: 8 + this.random.integer(13),
      step: 0,
      correct: 0,
    };
  }

  /** Step 0 initialises, the middle steps are exercises, and the last three close the launch. */
  private statementOf(session: Session): Statement {
    const base = {
      id: this.random.uuid(),
      actor: actor(this.pseudonyms[session.pupil] as string),
      timestamp: new Date(this.clock).toISOString(),
    };
    const module = moduleActivity(session.plugin, session.module);
    if (session.step > 0 && session.step <= session.steps) {
      const step = this.exerciseStep(session);
      const parentId = step.object.id === module.id ? pluginId(session.plugin) : module.id;
      return { ...base, ...step, context: this.contextOf(session, parentId) };
    }
    const moduleLevel = { ...base, context: this.contextOf(session, pluginId(session.plugin)) };
    if (session.step === 0) return { ...moduleLevel, verb: VERBS.initialized, object: module };
    const score = session.correct / session.steps;
    const closingStep = session.step - session.steps;
    if (closingStep === 1) {
      return {
        ...moduleLevel,
        verb: VERBS.completed,
        object: module,
        result: { completion: true, score: { scaled: score }, duration: this.duration(600) },
      };
    }
    if (closingStep === 2) {
      const passed = score >= 0.5;
      return {
        ...moduleLevel,
        verb: passed ? VERBS.passed : VERBS.failed,
        object: module,
        result: { success: passed, score: { scaled: score, raw: session.correct, min: 0 } },
      };
    }
    return { ...moduleLevel, verb: VERBS.terminated, object: module };
  }

  private exerciseStep(
    session: Session,
  ): Pick<Statement, 'verb' | 'result'> & { object: Activity } {
    const exercise = this.random.integer(EXERCISES_PER_MODULE);
    const object = exerciseActivity(session.plugin, session.module, exercise);
    const kind = this.random.next();
    if (kind < 0.15) return { verb: VERBS.experienced, object };
    if (kind < 0.25) {
      return {
        verb: VERBS.progressed,
        object: moduleActivity(session.plugin, session.module),
        result: { extensions: { [fabriqueExtension('progress')]: session.step / session.steps } },
      };
    }
    const correct = correctChoice(exercise);
    const success = this.random.next() < SUCCESS_RATE;
    const response = success
      ? correct
      : this.random.pick(CHOICES.filter((choice) => choice !== correct));
    if (success) session.correct += 1;
    return {
      verb: VERBS.answered,
      object,
      result: {
        success,
        response,
        duration: this.duration(40),
        score: { scaled: success ? 1 : 0, raw: success ? 1 : 0, min: 0, max: 1 },
        extensions: { [fabriqueExtension('response-time')]: 500 + this.random.integer(20_000) },
      },
    };
  }

  /** Builds the launch's context. Exercises have their module as parent, and modules their plugin. */
  private contextOf(session: Session, parentId: string): Statement['context'] {
    const classNumber = Math.floor(session.pupil / PUPILS_PER_CLASS);
    return {
      registration: session.registration,
      platform: 'Fabrique',
      language: 'fr-FR',
      contextActivities: {
        parent: [{ objectType: 'Activity', id: parentId }],
        grouping: [
          {
            objectType: 'Activity',
            id: `${HOME_PAGE}/classes/class-${classNumber}`,
            definition: { type: 'https://w3id.org/fabrique/xapi/activity-types/class' },
          },
          {
            objectType: 'Activity',
            id: pluginId(session.plugin),
            definition: { type: 'https://w3id.org/fabrique/xapi/activity-types/plugin' },
          },
        ],
        category: [{ objectType: 'Activity', id: 'https://w3id.org/fabrique/xapi/profile' }],
      },
      extensions: { [fabriqueExtension('plugin-version')]: '1.4.2' },
    };
  }

  private duration(maxSeconds: number): string {
    return `PT${(1 + this.random.next() * maxSeconds).toFixed(1)}S`;
  }
}

function verb(name: keyof typeof ADL_VERBS, french: string): Verb {
  return { id: ADL_VERBS[name], display: { 'fr-FR': french, 'en-US': name } };
}

function actor(pseudonym: string): QueryTargets['agent'] {
  return { objectType: 'Agent', account: { homePage: HOME_PAGE, name: pseudonym } };
}

function pluginId(plugin: string): string {
  return `https://w3id.org/fabrique/plugins/fr.fabrique.${plugin}`;
}

function moduleId(plugin: string, module: number): string {
  return `${pluginId(plugin)}/modules/${module}`;
}

function exerciseId(plugin: string, module: number, exercise: number): string {
  return `${moduleId(plugin, module)}/exercises/${exercise}`;
}

function moduleActivity(plugin: string, module: number): Activity {
  return {
    objectType: 'Activity',
    id: moduleId(plugin, module),
    definition: {
      type: ADL_ACTIVITY_TYPES.module,
      name: { 'fr-FR': `Module ${module + 1}`, 'en-US': `Module ${module + 1}` },
    },
  };
}

function exerciseActivity(plugin: string, module: number, exercise: number): Activity {
  return {
    objectType: 'Activity',
    id: exerciseId(plugin, module, exercise),
    definition: {
      type: ADL_ACTIVITY_TYPES.cmiInteraction,
      name: { 'fr-FR': `Exercice ${exercise + 1}`, 'en-US': `Exercise ${exercise + 1}` },
      description: { 'fr-FR': 'Choisis la bonne réponse.', 'en-US': 'Choose the right answer.' },
      interactionType: 'choice',
      correctResponsesPattern: [correctChoice(exercise)],
      choices: CHOICES.map((id) => ({ id, description: { 'fr-FR': `Réponse ${id}` } })),
    },
  };
}

function correctChoice(exercise: number): string {
  return CHOICES[exercise % CHOICES.length] as string;
}
