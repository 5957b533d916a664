// The IPC contract, declared once: each channel with the zod schema of its input and of its
// result. Main parses every input with it; the preload and renderer derive their types from it.
import { z } from 'zod';
import type { ApiName, Channel } from './channels';
import type { Result } from './result';

const year = z.number().int().min(2000).max(2100);
const group = z.union([z.literal(63), z.literal(34)]);
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const shortText = z.string().max(2000);
const nullableNum = z.number().nullable();
const empty = z.strictObject({});

export const languageSchema = z.enum(['vi', 'en']);
export const headlineIndicatorSchema = z.enum(['dti', 'cqs', 'kts', 'xhs']);
export const editableFieldSchema = z.enum(['score', 'rank']);

const scoreRank = z.object({ score: nullableNum, rank: nullableNum });
const provenance = z.object({
  layer: z.enum(['reference', 'user']),
  status: z.enum(['published', 'imported', 'edited', 'derived']),
  source: z.string().nullable(),
  edited: z.boolean(),
});

export const rankingRowSchema = z.object({
  year: z.number(),
  group,
  unitId: z.number(),
  unitCode: z.string(),
  unitName: z.string(),
  region: z.string().nullable(),
  isHome: z.boolean(),
  score: nullableNum,
  rank: nullableNum,
  rankOf: group,
  rankChange: nullableNum,
  previousRank: nullableNum,
  pillars: z.object({ cqs: scoreRank, kts: scoreRank, xhs: scoreRank }),
  provenance: z.record(z.string(), provenance),
  editedCells: z.array(z.string()),
  annotation: z.string().nullable(),
});

export const unitSchema = z.object({
  id: z.number(),
  codeList: z.enum(['gso2004', '2025']),
  code: z.string(),
  name: z.string(),
  nameAscii: z.string(),
  type: z.enum(['tinh', 'thanh_pho']),
  region: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  successorId: z.number().nullable(),
  successorCode: z.string().nullable(),
  predecessorCodes: z.array(z.string()),
  codeVerified: z.boolean(),
  aliases: z.array(z.string()),
});

export const changeEntrySchema = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  year: z.number(),
  group,
  indicator: z.string(),
  field: editableFieldSchema,
  oldValue: nullableNum,
  newValue: nullableNum,
  reason: z.string().nullable(),
  actor: z.string(),
  changedAt: z.string(),
  undone: z.boolean(),
  kind: z.enum(['edit', 'undo', 'redo']),
});

export const settingsSchema = z.object({
  language: languageSchema,
  homeUnitId: z.number().nullable(),
  peerGroups: z.array(z.object({ name: z.string(), unitIds: z.array(z.number()) })),
});

// change is null when the value was already the one asked for (nothing is logged).
const editResult = z.object({ row: rankingRowSchema, change: changeEntrySchema.nullable() });
const undoResult = z.object({ row: rankingRowSchema, change: changeEntrySchema });

export const contract = {
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      dbPath: z.string(),
      dataDir: z.string(),
      schemaVersion: z.number(),
      firstRun: z.boolean(),
      referenceLoaded: z.boolean(),
    }),
  },
  'settings.get': { input: empty, output: settingsSchema },
  'settings.update': {
    input: z.strictObject({
      language: languageSchema.optional(),
      homeUnitId: id.nullable().optional(),
      peerGroups: z
        .array(z.strictObject({ name: z.string().min(1).max(200), unitIds: z.array(id).max(100) }))
        .max(50)
        .optional(),
    }),
    output: settingsSchema,
  },
  'units.list': {
    input: z.strictObject({ codeList: z.enum(['gso2004', '2025']).optional() }),
    output: z.array(unitSchema),
  },
  'reference.load': {
    input: empty,
    output: z.object({ observations: z.number(), batches: z.number(), alreadyLoaded: z.boolean() }),
  },
  'rankings.years': {
    input: empty,
    output: z.array(z.object({ year: z.number(), group, units: z.number(), methodology: z.string().nullable() })),
  },
  'rankings.get': { input: z.strictObject({ year, group }), output: z.array(rankingRowSchema) },
  'rankings.edit': {
    input: z.strictObject({
      year,
      group,
      unitId: id,
      indicator: headlineIndicatorSchema,
      field: editableFieldSchema,
      value: z.number().finite().nullable(),
      reason: shortText.optional(),
    }),
    output: editResult,
  },
  'rankings.export': {
    input: z.strictObject({ year, group, format: z.enum(['csv', 'xlsx']), language: languageSchema }),
    output: z.object({ path: z.string().nullable(), rows: z.number() }),
  },
  'changes.list': {
    input: z.strictObject({
      year: year.optional(),
      group: group.optional(),
      unitId: id.optional(),
      indicator: headlineIndicatorSchema.optional(),
      field: editableFieldSchema.optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
    output: z.array(changeEntrySchema),
  },
  'changes.undo': { input: z.strictObject({ changeId: id }), output: undoResult },
  'changes.redo': { input: z.strictObject({ changeId: id }), output: undoResult },
  'data.openFolder': { input: empty, output: z.object({ path: z.string() }) },
  'backup.create': { input: empty, output: z.object({ path: z.string().nullable() }) },
  'backup.restore': {
    input: empty,
    output: z.object({ restoredFrom: z.string().nullable(), safetyBackup: z.string().nullable() }),
  },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

// Compile-time check that contract has no channel beyond CHANNELS.
type Extra = Exclude<keyof typeof contract, Channel>;
const _noExtraChannels: Extra extends never ? true : false = true;
void _noExtraChannels;

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

/** What main implements: one async function per channel. */
export type Handlers = { [C in Channel]: (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>> };

/** What the renderer sees on window.api. */
export type Api = { [C in Channel as ApiName<C>]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> };
