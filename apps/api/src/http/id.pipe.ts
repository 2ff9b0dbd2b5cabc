import { Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ApplicationError } from '@kdmp/application';

/** An id that is not a UUID names nothing: the same 404 as an id that does not exist. */
@Injectable()
export class ResourceIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw ApplicationError.notFound('The resource');
    return value;
  }
}
