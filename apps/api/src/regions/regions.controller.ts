import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListRegionsUseCase, RegionList } from '@kdmp/application';
import { Allow } from '../auth/allow.decorator';
import { ListRegionsQuery } from './list-regions.query';

/** The list changes with a regulation, that is with a release: a day in caches is safe. */
const CACHE_CONTROL = 'public, max-age=86400';

@ApiTags('regions')
@Controller('v1/regions')
export class RegionsController {
  constructor(private readonly listRegions: ListRegionsUseCase) {}

  /** Each answer's ETag, by parent: the list is fixed for the life of the process. */
  private readonly etags = new Map<string, string>();

  @Get()
  @Allow('GET /v1/regions')
  @ApiOperation({
    summary: 'The children of a region code for pickers (provinces without one); public and cacheable (ETag, If-None-Match → 304)',
  })
  list(@Query() query: ListRegionsQuery, @Res({ passthrough: true }) response: Response): RegionList {
    const list = this.listRegions.execute(query.parent);
    response.setHeader('Cache-Control', CACHE_CONTROL);
    // Express answers 304 itself when If-None-Match matches the ETag set here.
    response.setHeader('ETag', this.etagOf(query.parent ?? '', list));
    return list;
  }

  private etagOf(parent: string, list: RegionList): string {
    let etag = this.etags.get(parent);
    if (etag === undefined) {
      etag = `"${createHash('sha256').update(JSON.stringify(list)).digest('base64url').slice(0, 27)}"`;
      this.etags.set(parent, etag);
    }
    return etag;
  }
}
