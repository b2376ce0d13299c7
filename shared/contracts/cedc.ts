import { z } from 'zod';
import { cedc, cedcMember, cedcMemberFields, cedcSettings, decreeDraft, requestLetter } from '../domain/cedc';
import type { MethodSpec } from './spec';

const projectId = z.string().uuid();
const withId = z.object({ projectId, id: z.string().uuid() });

/** The committee (CEDC: FEDEP / FPESD) proposed to the regional head, its request letter and draft decree. */
export const cedcMethods = {
  /** The committee with defaults drafted from the project where nothing is saved yet. */
  'cedc.get': { input: z.object({ projectId }).strict(), output: cedc },
  'cedc.update': {
    input: z.object({ projectId })
      .extend(cedcSettings.omit({ letter: true, decree: true }).partial().shape)
      .extend({ letter: requestLetter.partial().optional(), decree: decreeDraft.partial().optional() })
      .strict(),
    output: cedc,
    undoable: true,
  },
  'cedc.addMember': { input: z.object({ projectId }).extend(cedcMemberFields.partial().shape).extend({ institution: cedcMemberFields.shape.institution }).strict(), output: cedcMember, undoable: true },
  /** Proposes registry stakeholders (offices, BDS providers, cluster representatives) as members. */
  'cedc.addFromRegistry': { input: z.object({ projectId, stakeholderIds: z.array(z.string().uuid()).min(1).max(200) }).strict(), output: z.object({ added: z.number().int() }), undoable: true },
  'cedc.updateMember': { input: withId.extend(cedcMemberFields.partial().shape).strict(), output: cedcMember, undoable: true },
  'cedc.moveMember': { input: withId.extend({ toIndex: z.number().int().min(0) }).strict(), output: z.object({ moved: z.literal(true) }), undoable: true },
  'cedc.removeMember': { input: withId.strict(), output: z.object({ deleted: z.literal(true) }), undoable: true },
} as const satisfies Record<string, MethodSpec>;
