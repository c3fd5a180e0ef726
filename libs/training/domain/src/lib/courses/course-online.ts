import type { AddModule, AnswerQuiz, RecordModuleProgress } from './course.commands';
import { CourseFormError, InvalidCourseInputError, ModuleNotFoundError } from './course.errors';
import type {
  CourseCompleted,
  CourseEvent,
  CourseModuleAdded,
  ModuleCompleted,
  ModuleProgressRecorded,
  QuizAnswered,
} from './course.events';
import { evolveCourse, progressOf, type CourseRecord, type CourseState } from './course.state';
import { onlineResult, quizScore, type CourseModule, type Quiz } from './course.values';
import { requireActiveLearner, requireBetween, requireCourse } from './course-guards';

const invalid = (vi: string, en: string) => new InvalidCourseInputError(`${vi} — ${en}`);

function requireOnline(course: CourseRecord): void {
  if (course.form !== 'online')
    throw new CourseFormError(course.form, 'có học phần trực tuyến', 'online modules');
}

function checkQuiz(quiz: Quiz): void {
  const { passMark, questions } = quiz;
  if (!Number.isInteger(passMark) || passMark < 0 || passMark > 100)
    throw invalid('điểm đạt từ 0 đến 100', 'the pass mark is a percent, 0 to 100');
  if (questions.length === 0)
    throw invalid('bài kiểm tra cần câu hỏi', 'a quiz has 1 question or more');
  questions.forEach(({ options, correct }, i) => {
    if (options.length < 2)
      throw invalid(
        `câu ${i + 1} cần 2 lựa chọn trở lên`,
        `question ${i + 1} needs 2 options or more`,
      );
    if (!Number.isInteger(correct) || correct < 0 || correct >= options.length)
      throw invalid(
        `đáp án đúng của câu ${i + 1} không có`,
        `question ${i + 1}'s right answer is not one of its options`,
      );
  });
}

/** A module of an online course, by its managers: a title, material, perhaps a quiz. */
export function addModule(
  { courseId, module }: AddModule,
  state: CourseState,
): CourseModuleAdded[] {
  const course = requireCourse(state, courseId);
  requireOnline(course);
  if (course.modules.some((m) => m.moduleId === module.moduleId))
    throw invalid('học phần đã có', `module ${module.moduleId} exists already`);
  if (!module.title.trim())
    throw invalid('tên học phần không được để trống', 'the title must not be empty');
  if (module.quiz) checkQuiz(module.quiz);
  return [{ type: 'CourseModuleAdded', data: { courseId, module } }];
}

/** The module she learns now: the course online and under way, she enrolled and still in it. */
function learning(
  state: CourseState,
  c: { courseId: string; cadreId: string; moduleId: string; today: string },
) {
  const course = requireCourse(state, c.courseId);
  requireOnline(course);
  const learner = requireActiveLearner(course, c.cadreId);
  requireBetween(c.today, course.startsOn, course.endsOn, 'today');
  const module = course.modules.find((m) => m.moduleId === c.moduleId);
  if (!module) throw new ModuleNotFoundError(c.moduleId);
  return { course, learner, module, progress: progressOf(learner, module.moduleId) };
}

/** Her completion once every module is completed, after `events`. */
function completion(
  state: CourseRecord,
  events: readonly CourseEvent[],
  by: { readonly cadreId: string; readonly certificateId: string; readonly today: string },
): CourseCompleted[] {
  const { cadreId, certificateId, today: completedOn } = by;
  const after = events.reduce(evolveCourse, state) as CourseRecord;
  const learner = after.learners[cadreId]!;
  const done = (m: CourseModule) => progressOf(learner, m.moduleId).completedOn !== null;
  if (!after.modules.every(done)) return [];
  const scores = after.modules.flatMap((m) => progressOf(learner, m.moduleId).score ?? []);
  const { courseId, topic, form } = after;
  const result = onlineResult(scores);
  return [
    {
      type: 'CourseCompleted',
      data: { courseId, cadreId, completedOn, result, certificateId, topic, form },
    },
  ];
}

/** How far she has read: 100 completes a module without a quiz; progress never goes back. */
export function recordModuleProgress(
  command: RecordModuleProgress,
  state: CourseState,
): (ModuleProgressRecorded | ModuleCompleted | CourseCompleted)[] {
  const { course, module, progress } = learning(state, command);
  const { courseId, cadreId, moduleId, percent, today } = command;
  if (!Number.isInteger(percent) || percent < 0 || percent > 100)
    throw invalid('tiến độ từ 0 đến 100', 'progress is a percent, 0 to 100');
  if (percent <= progress.percent || progress.completedOn !== null) return [];
  const recorded: ModuleProgressRecorded = {
    type: 'ModuleProgressRecorded',
    data: { courseId, cadreId, moduleId, percent, recordedOn: today },
  };
  if (percent < 100 || module.quiz) return [recorded];
  const completed: ModuleCompleted = {
    type: 'ModuleCompleted',
    data: { courseId, cadreId, moduleId, completedOn: today, score: null },
  };
  const events = [recorded, completed];
  return [...events, ...completion(course, events, command)];
}

/** Scored here, against answers no learner sees; a pass completes the module, perhaps the course. */
export function answerQuiz(
  command: AnswerQuiz,
  state: CourseState,
): (QuizAnswered | ModuleCompleted | CourseCompleted)[] {
  const { course, module, progress } = learning(state, command);
  const { courseId, cadreId, moduleId, answers, today } = command;
  const quiz = module.quiz;
  if (!quiz) throw invalid('học phần không có bài kiểm tra', `module ${moduleId} has no quiz`);
  if (answers.length !== quiz.questions.length)
    throw invalid(
      `cần ${quiz.questions.length} câu trả lời`,
      `give ${quiz.questions.length} answers, one per question`,
    );
  const score = quizScore(quiz, answers);
  const passed = score >= quiz.passMark;
  const answered: QuizAnswered = {
    type: 'QuizAnswered',
    data: { courseId, cadreId, moduleId, score, passed, answeredOn: today },
  };
  if (!passed || progress.completedOn !== null) return [answered];
  const completed: ModuleCompleted = {
    type: 'ModuleCompleted',
    data: { courseId, cadreId, moduleId, completedOn: today, score },
  };
  const events = [answered, completed];
  return [...events, ...completion(course, events, command)];
}
