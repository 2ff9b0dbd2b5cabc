import 'reflect-metadata';
import { bootstrapWorkerService } from '@kdmp/config';
import { NotifierModule } from './notifier.module';

void bootstrapWorkerService(NotifierModule, 'notifier');
