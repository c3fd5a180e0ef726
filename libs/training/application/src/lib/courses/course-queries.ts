import { hasPermission, principalOf } from '@vwu/platform-auth';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Catalogue } from '../catalogue';
import { authorisedCourse, learnerCourse } from './course-access';
import { GetCertificateQuery, GetCourseQuery, GetLearnerViewQuery } from './course.commands';
import {
  certificateOf,
  courseView,
  withoutAnswers,
  learnerView,
  type CertificateDto,
  type CourseDto,
  type LearnerViewDto,
} from './course-views';
import { CourseWorkspace } from './course-workspace';

/** A course in full, for readers in its scope. */
@QueryHandler(GetCourseQuery)
export class GetCourseHandler implements IQueryHandler<GetCourseQuery, CourseDto> {
  constructor(
    private readonly courses: CourseWorkspace,
    private readonly catalogue: Catalogue,
  ) {}

  async execute({ courseId, actor }: GetCourseQuery): Promise<CourseDto> {
    const { course, version } = await authorisedCourse(
      this.courses,
      courseId,
      actor,
      'cadres:read',
    );
    const view = courseView(course, version, this.catalogue.topicLabel(course.topic));
    // Only the course's managers see the right answers; readers see the questions.
    if (hasPermission(principalOf(actor), 'cadres:write')) return view;
    return { ...view, modules: view.modules.map(withoutAnswers) };
  }
}

/** A certificate of the course, for readers in its scope. */
@QueryHandler(GetCertificateQuery)
export class GetCertificateHandler implements IQueryHandler<GetCertificateQuery, CertificateDto> {
  constructor(private readonly courses: CourseWorkspace) {}

  async execute({ courseId, certificateId, actor }: GetCertificateQuery): Promise<CertificateDto> {
    const { course } = await authorisedCourse(this.courses, courseId, actor, 'cadres:read');
    return certificateOf(course, certificateId);
  }
}

/** Her own view of a course she is enrolled in: no right answer in it. */
@QueryHandler(GetLearnerViewQuery)
export class GetLearnerViewHandler implements IQueryHandler<GetLearnerViewQuery, LearnerViewDto> {
  constructor(private readonly courses: CourseWorkspace) {}

  async execute({ courseId, cadreId, actor }: GetLearnerViewQuery): Promise<LearnerViewDto> {
    const { course, learner } = await learnerCourse(this.courses, courseId, cadreId, actor);
    return learnerView(course, learner);
  }
}
