import type { organisationId } from './organisation.id';

export const organisationEn: typeof organisationId = {
  title: 'Cluster organisation',
};

export const organisationMethodsEn: Record<string, string> = {};
