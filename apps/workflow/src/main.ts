import 'reflect-metadata';
import { bootstrapWorkerService } from '@kdmp/config';
import { WorkflowModule } from './workflow.module';

void bootstrapWorkerService(WorkflowModule, 'workflow');
