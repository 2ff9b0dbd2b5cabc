import { Global, Module } from '@nestjs/common';
import { RegionDirectory } from './region-directory';

/** The national list of regions, read once per process when the module is created. */
@Global()
@Module({
  providers: [{ provide: RegionDirectory, useFactory: () => RegionDirectory.national() }],
  exports: [RegionDirectory],
})
export class RegionsModule {}
