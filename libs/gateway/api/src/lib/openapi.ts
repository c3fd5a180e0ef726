import { PUBLIC_OPERATIONS } from '@vwu/internal-api';
import { jobsOpenApiPart } from './jobs';
import { operationPaths, operationSchemas } from './openapi-operations';
import { problemSchema } from './openapi-parts';
import { withEdgeResponses } from './openapi-responses';

const operations = Object.values(PUBLIC_OPERATIONS).flat();

/** The OpenAPI 3.1 document, generated from the declarations and zod schemas that check requests. */
export function openApiDocument(): Record<string, unknown> {
  const jobs = jobsOpenApiPart();
  return {
    openapi: '3.1.0',
    info: {
      title: 'vwu-platform API',
      version: '1.0.0',
      description:
        'API của nền tảng Hội LHPN Việt Nam: mọi lệnh và truy vấn của ứng dụng web và di động. — The Vietnam Women’s Union platform API. Errors are RFC 9457 problem+json with a stable `code`.',
    },
    security: [{ bearer: [] }],
    paths: withEdgeResponses({
      ...operationPaths(operations),
      ...jobs.unitImports.paths,
      ...jobs.restructurings.paths,
      ...jobs.memberImports.paths,
      ...jobs.cadreImports.paths,
    }),
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        ...operationSchemas(operations),
        ...jobs.unitImports.schemas,
        ...jobs.restructurings.schemas,
        ...jobs.memberImports.schemas,
        ...jobs.cadreImports.schemas,
        Problem: problemSchema,
      },
    },
  };
}
