import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig } from './app-config';
import { Environment, parseEnvironment } from './environment.schema';

/**
 * Loads and validates the environment when the application is created (not when this file
 * is imported), so a bad setting stops start-up by name, and a process that sets its
 * environment first (a test) gets what it set.
 */
@Global()
@Module({
  providers: [
    {
      provide: AppConfig,
      useFactory: () => new AppConfig(new ConfigService<Environment, true>(parseEnvironment(process.env))),
    },
  ],
  exports: [AppConfig],
})
export class ConfigModule {}
