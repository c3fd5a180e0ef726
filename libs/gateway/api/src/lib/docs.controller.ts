import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@vwu/platform-auth';
import { openApiDocument } from './openapi';

const document = openApiDocument();

/** The API description, and Swagger UI served from the swagger-ui-dist package (no CDN). */
@Controller('api')
@Public()
export class DocsController {
  @Get('openapi.json')
  openapi(): Record<string, unknown> {
    return document;
  }

  @Get('docs')
  @Header('Content-Type', 'text/html; charset=utf-8')
  docs(): string {
    return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>vwu-platform API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui' });</script>
</body></html>`;
  }
}
