import {
  addModuleBody,
  answersBody,
  attendBody,
  certificateIdParam,
  completeBody,
  courseCommandResult,
  courseIdParam,
  COURSES_RPC,
  enrolCadreBody,
  enrolUnitBody,
  learnerIdParam,
  learningResult,
  moduleIdParam,
  progressBody,
  scheduleCourseBody,
  withdrawBody,
} from '../courses';
import { certificateView, courseView, learnerView } from '../course-views';
import { operation } from './operation';

// Đào tạo, bồi dưỡng: /api/v1/courses. training-service decides scope on the course's unit;
// a learner (courses:learn) acts only for herself, her token's sub being her cadre id.

const course = {
  service: 'training',
  scope: { by: 'service' },
  permissions: ['cadres:write'],
  params: { id: courseIdParam },
} as const;
const done = {
  status: 200,
  description: 'Done',
  name: 'CourseCommandResult',
  schema: courseCommandResult,
} as const;
const on = (path: string) => `/api/v1/courses/{id}/${path}`;
const learner = {
  ...course,
  permissions: ['courses:learn'],
  params: { id: courseIdParam, cadreId: learnerIdParam },
} as const;
const learning = {
  ...learner,
  params: { ...learner.params, moduleId: moduleIdParam },
  response: { status: 200, description: 'Done', name: 'LearningResult', schema: learningResult },
} as const;
const HERS =
  'Only for herself (the token’s sub is the cadre id) on a course she is enrolled in: 403 otherwise.';

export const scheduleCourse = operation({
  ...course,
  operationId: 'scheduleCourse',
  pattern: COURSES_RPC.schedule,
  method: 'post',
  path: '/api/v1/courses',
  params: {},
  body: { name: 'ScheduleCourse', schema: scheduleCourseBody },
  response: { ...done, status: 201, description: 'Scheduled', location: '/api/v1/courses/{id}' },
  summary: 'Mở lớp đào tạo, bồi dưỡng — Schedule a course at a unit, in person or online',
});

export const getCourse = operation({
  ...course,
  operationId: 'getCourse',
  pattern: COURSES_RPC.get,
  method: 'get',
  path: '/api/v1/courses/{id}',
  permissions: ['cadres:read'],
  response: { status: 200, description: 'The course', name: 'Course', schema: courseView },
  summary: 'Xem khoá học — A course, its learners, modules and certificates',
});

export const enrolCadre = operation({
  ...course,
  operationId: 'enrolCadre',
  pattern: COURSES_RPC.enrol,
  method: 'post',
  path: on('enrolments'),
  body: { name: 'EnrolCadre', schema: enrolCadreBody },
  response: done,
  summary: 'Ghi danh cán bộ — Enrol a registered cadre, once, within the capacity',
  problems: { '409': 'Không thể ghi danh — training.enrolment-refused, with every reason' },
});

export const enrolUnitCadres = operation({
  ...course,
  operationId: 'enrolUnitCadres',
  pattern: COURSES_RPC.enrolUnit,
  method: 'post',
  path: on('enrolments/unit'),
  body: { name: 'EnrolUnitCadres', schema: enrolUnitBody },
  response: done,
  summary: 'Ghi danh theo đơn vị — Enrol every cadre whose record is at a unit, all or none',
  description:
    'Those not yet enrolled and not erased; refused as a whole (409 training.enrolment-refused, with every reason) when seats are short.',
  problems: { '409': 'Không đủ chỗ — training.enrolment-refused, with every reason' },
});

export const recordAttendance = operation({
  ...course,
  operationId: 'recordAttendance',
  pattern: COURSES_RPC.attend,
  method: 'post',
  path: on('attendance'),
  body: { name: 'RecordAttendance', schema: attendBody },
  response: done,
  summary: 'Điểm danh — A session she attended, of an in-person course',
});

export const withdrawCadre = operation({
  ...course,
  operationId: 'withdrawCadre',
  pattern: COURSES_RPC.withdraw,
  method: 'post',
  path: on('withdrawals'),
  body: { name: 'WithdrawCadre', schema: withdrawBody },
  response: done,
  summary: 'Rút khỏi khoá học — She leaves the course; her seat is free again',
});

export const completeCourse = operation({
  ...course,
  operationId: 'completeCourse',
  pattern: COURSES_RPC.complete,
  method: 'post',
  path: on('completions'),
  body: { name: 'CompleteCourse', schema: completeBody },
  response: done,
  summary: 'Hoàn thành khoá học — Her result in an in-person course, and her certificate',
  description:
    'Only after her enrolment, not after her withdrawal; the answer names the certificate.',
});

export const addCourseModule = operation({
  ...course,
  operationId: 'addCourseModule',
  pattern: COURSES_RPC.addModule,
  method: 'post',
  path: on('modules'),
  body: { name: 'AddCourseModule', schema: addModuleBody },
  response: { ...done, status: 201, description: 'Added' },
  summary: 'Thêm học phần — A module of an online course: material, perhaps a quiz',
  description: 'The right answers stay in the service: learners see questions and options only.',
});

export const getCertificate = operation({
  ...course,
  operationId: 'getCertificate',
  pattern: COURSES_RPC.certificate,
  method: 'get',
  path: on('certificates/{certificateId}'),
  permissions: ['cadres:read'],
  params: { id: courseIdParam, certificateId: certificateIdParam },
  response: {
    status: 200,
    description: 'The certificate',
    name: 'Certificate',
    schema: certificateView,
  },
  summary: 'Chứng nhận hoàn thành — A certificate of the course',
});

export const getLearnerCourse = operation({
  ...learner,
  operationId: 'getLearnerCourse',
  pattern: COURSES_RPC.learnerView,
  method: 'get',
  path: on('learners/{cadreId}'),
  response: { status: 200, description: 'Her view', name: 'LearnerCourse', schema: learnerView },
  summary: 'Học trực tuyến — Her course: modules, questions and options, her progress',
  description: HERS,
});

export const recordModuleProgress = operation({
  ...learning,
  operationId: 'recordModuleProgress',
  pattern: COURSES_RPC.progress,
  method: 'post',
  path: on('learners/{cadreId}/modules/{moduleId}/progress'),
  body: { name: 'ModuleProgress', schema: progressBody },
  summary: 'Tiến độ học phần — How far she has read a module (100 completes one without a quiz)',
  description: HERS,
});

export const answerQuiz = operation({
  ...learning,
  operationId: 'answerQuiz',
  pattern: COURSES_RPC.answer,
  method: 'post',
  path: on('learners/{cadreId}/modules/{moduleId}/answers'),
  body: { name: 'QuizAnswers', schema: answersBody },
  summary:
    'Làm bài kiểm tra — Her answers, scored by the service; passing every module completes the course',
  description: HERS,
});

export const courseOperations = [
  scheduleCourse,
  getCourse,
  enrolCadre,
  enrolUnitCadres,
  recordAttendance,
  withdrawCadre,
  completeCourse,
  addCourseModule,
  getCertificate,
  getLearnerCourse,
  recordModuleProgress,
  answerQuiz,
] as const;
