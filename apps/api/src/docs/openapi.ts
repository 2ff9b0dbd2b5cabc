import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document at /docs (and as JSON at /docs-json). */
export function mountOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('KDMP pipeline API')
      .setDescription(
        'Koperasi Desa/Kelurahan Merah Putih: registration, business plans, staged financing review, partner matching and notifications. Errors are application/problem+json (RFC 9457).',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
