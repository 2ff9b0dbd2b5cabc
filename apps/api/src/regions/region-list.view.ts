import { ApiProperty } from '@nestjs/swagger';
import { RegionView } from './region.view';

export class RegionListView {
  @ApiProperty({ type: RegionView, nullable: true, description: 'The region asked about; null for the list of provinces' })
  parent: RegionView | null;

  @ApiProperty({ type: [RegionView] })
  items: RegionView[];
}
