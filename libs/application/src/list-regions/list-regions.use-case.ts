import { Injectable } from '@nestjs/common';
import { Region, RegionDirectory } from '@kdmp/regions';
import { ApplicationError } from '../common/application-error';

/** A level of the national list for a picker: the parent asked about and its children. */
export interface RegionList {
  parent: Omit<Region, 'parentCode'> | null;
  items: Omit<Region, 'parentCode'>[];
}

/**
 * The children of a province, regency or district (the provinces without a parent), for the
 * pickers of a registration form. Public: the list is the government's.
 */
@Injectable()
export class ListRegionsUseCase {
  constructor(private readonly regions: RegionDirectory) {}

  execute(parentCode?: string): RegionList {
    const children = this.regions.childrenOf(parentCode);
    if (children === undefined) throw ApplicationError.notFound(`The region ${parentCode}`);
    const parent = parentCode === undefined ? null : this.regions.find(parentCode)!;
    return { parent: parent && entry(parent), items: children.map(entry) };
  }
}

function entry({ code, name, level, kind }: Region): Omit<Region, 'parentCode'> {
  return { code, name, level, kind };
}
