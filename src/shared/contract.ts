// The IPC contract, declared once: each channel with the zod schema of its input and of its
// result. Main parses every input with it; the preload and renderer derive their types from it.
import { z } from 'zod';
import type { ApiName, Channel } from './channels';
import type { ImportBatchInfo, ImportPreview, ImportProgress, SheetPreview } from './importSession';
import { SIMPLE_FIELDS } from './imports/fields';
import type { FileInspection } from './imports/types';
import type { AppErrorShape, Result } from './result';

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

/** A unit name the analyst answered in an import, remembered as an alias. */
export const rememberedNameSchema = z.object({
  id: z.number(),
  alias: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  codeList: z.enum(['gso2004', '2025']),
  createdAt: z.string(),
});
export type RememberedName = z.infer<typeof rememberedNameSchema>;

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

// ---- imports ----
/** Bytes of a file dropped on the window; larger files go through the open dialog (a path). */
export const MAX_DROPPED_BYTES = 256 * 1024 * 1024;
export const MAX_PASTE_CHARS = 20 * 1024 * 1024;
const sessionId = z.string().min(1).max(100);
const columnField = z.discriminatedUnion('field', [
  z.strictObject({ field: z.enum(SIMPLE_FIELDS) }),
  z.strictObject({ field: z.literal('kpi.valueForPeriod'), period: z.string().min(1).max(50) }),
  z.strictObject({
    field: z.literal('kpi.valueForIndicator'),
    indicator: z.string().min(1).max(500),
    period: z.string().min(1).max(50).optional(),
  }),
  z.strictObject({ field: z.literal('ignore') }),
]);
const importMapping = z.strictObject({
  headerRow: z.number().int().min(0).max(1_048_576),
  dataStartRow: z.number().int().min(1).max(1_048_576),
  dataEndRow: z.number().int().min(1).max(1_048_576).nullable(),
  columns: z
    .array(
      z.strictObject({
        col: z.number().int().min(1).max(16_384),
        header: z.string().max(2000),
        mapping: columnField,
        confidence: z.number().min(0).max(1),
        note: z.string().max(500).optional(),
        differs: z.boolean().optional(),
        decimalMark: z.enum(['.', ',']).optional(),
        year: year.optional(),
      }),
    )
    .max(16_384),
});
const importTarget = z.strictObject({
  kind: z.enum(['ranking', 'kpi']),
  year: year.nullable(),
  group: group.nullable(),
  period: z.string().max(50).nullable().optional(),
  unitId: id.nullable().optional(),
  indicator: z.string().max(300).nullable().optional(),
});
const importSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('file'), path: z.string().min(1).max(4096) }),
  z.strictObject({
    kind: z.literal('bytes'),
    name: z.string().min(1).max(260),
    data: z
      .instanceof(Uint8Array)
      .refine((d) => d.byteLength <= MAX_DROPPED_BYTES, 'file too large to drop; use Open'),
  }),
  z.strictObject({ kind: z.literal('paste'), text: z.string().min(1).max(MAX_PASTE_CHARS) }),
]);
const importPreview = z.custom<ImportPreview>((v) => typeof v === 'object' && v !== null && 'counts' in v);
const importProgress = z.custom<
  ImportProgress & { preview: ImportPreview | null; error: AppErrorShape | null }
>((v) => typeof v === 'object' && v !== null && 'state' in v);

export const contract = {
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      dbPath: z.string(),
      dataDir: z.string(),
      schemaVersion: z.number(),
      referenceLoaded: z.boolean(),
      /** Startup integrity_check: 'pending' while it runs in the background, 'ok', or what it found. */
      integrity: z.string(),
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
  /** Unit names the analyst answered in imports (user aliases), newest first. */
  'units.rememberedNames': { input: empty, output: z.array(rememberedNameSchema) },
  /** Forgets one of them: the next import with that name asks again. */
  'units.forgetName': {
    input: z.strictObject({ id }),
    output: z.object({ forgotten: z.boolean() }),
  },
  'reference.load': {
    input: empty,
    output: z.object({ observations: z.number(), batches: z.number(), alreadyLoaded: z.boolean() }),
  },
  'rankings.years': {
    input: empty,
    output: z.array(
      z.object({ year: z.number(), group, units: z.number(), methodology: z.string().nullable() }),
    ),
  },
  'rankings.get': { input: z.strictObject({ year, group }), output: z.array(rankingRowSchema) },
  'rankings.mainIndices': {
    input: z.strictObject({ year, group }),
    output: z.object({
      indices: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          nameEn: z.string().nullable(),
          pillar: z.enum(['cqs', 'kts', 'xhs']).nullable(),
        }),
      ),
      values: z.record(z.string(), z.record(z.string(), nullableNum)),
    }),
  },
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
  'imports.chooseFile': { input: empty, output: z.object({ path: z.string().nullable() }) },
  'imports.open': {
    input: z.strictObject({ source: importSource }),
    output: z.object({
      sessionId: z.string(),
      inspection: z.custom<FileInspection>((v) => typeof v === 'object' && v !== null && 'fileName' in v),
      /** The sheet that looks most like a table to import (workbooks often open on a cover sheet). */
      suggestedSheet: z.string().nullable(),
    }),
  },
  'imports.analyze': {
    input: z.strictObject({ sessionId, sheet: z.string().max(500).nullable() }),
    output: z.custom<SheetPreview>((v) => typeof v === 'object' && v !== null && 'mapping' in v),
  },
  'imports.stage': {
    input: z.strictObject({ sessionId, mapping: importMapping, target: importTarget }),
    output: z.object({ started: z.boolean() }),
  },
  'imports.progress': { input: z.strictObject({ sessionId }), output: importProgress },
  'imports.answer': {
    input: z.strictObject({
      sessionId,
      answers: z.array(z.strictObject({ label: z.string().max(2000), unitId: id.nullable() })).max(10_000),
    }),
    output: importPreview,
  },
  'imports.commit': {
    input: z.strictObject({ sessionId }),
    output: z.object({ batchId: z.number(), counts: z.custom<ImportPreview['counts']>() }),
  },
  'imports.cancel': { input: z.strictObject({ sessionId }), output: z.object({ cancelled: z.boolean() }) },
  'imports.close': { input: z.strictObject({ sessionId }), output: z.object({ closed: z.boolean() }) },
  'imports.history': { input: empty, output: z.custom<ImportBatchInfo[]>((v) => Array.isArray(v)) },
  'imports.undo': {
    input: z.strictObject({ batchId: id }),
    output: z.object({ restored: z.number(), removed: z.number() }),
  },
  /** Why undoing the import now would be refused (null: it can be undone), before asking. */
  'imports.undoCheck': {
    input: z.strictObject({ batchId: id }),
    output: z.object({ blocked: z.custom<AppErrorShape>().nullable() }),
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
