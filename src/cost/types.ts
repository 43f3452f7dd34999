/**
 * The compliance-cost model's results (spec/cost.md). Every term is kept so reports can show
 * the sum term by term and a reviewer can redo it by hand.
 */
import type { ChannelKind } from '../catalog/schema/shapes.js';

/** cost.md parameters with every default filled in. */
export interface CostParameters {
  income_per_hour: { citizen: number; business: number };
  source: string;
  hours: { learn: number; form: number; document: number; present: number; certify: number; visit: number; online: number };
  money: { certify_fee: number; copy_fee: number; travel: number; postage: number };
}

/** One counted document's contribution. */
export interface DocumentCostTerm {
  id: string;
  name: string;
  /** How it was counted: a form, an original to present, or a document to obtain. */
  kind: 'form' | 'present' | 'document';
  hours: number;
  /** Of which for certifying copies. */
  certifyHours: number;
  copies: number;
  certified: boolean;
  money: number;
}

/** The cost of one fulfilment through one channel, term by term. */
export interface ChannelCost {
  channel: ChannelKind;
  hours: {
    learn: number;
    /** Σ hours of form documents. */
    forms: number;
    /** Σ hours of documents to obtain (including certification hours). */
    documents: number;
    /** Σ hours of originals to present. */
    present: number;
    /** visits × visit hours. */
    visits: number;
    /** Extra hours of the channel (online submission). */
    extra: number;
    total: number;
  };
  visits: number;
  sendings: number;
  /** Income per hour used (citizen or business rate). */
  rate: number;
  /** hours.total × rate. */
  timeCost: number;
  /** The channel's fee (null fees count as 0, flagged by `feeUnknown`). */
  fee: number;
  feeUnknown: boolean;
  money: {
    /** Σ copy and certification money of the documents. */
    documents: number;
    travel: number;
    postage: number;
    total: number;
  };
  /** timeCost + fee + money.total. */
  perFulfilment: number;
  /** Share of the year's dossiers going through this channel (0–1). */
  share: number;
}

export interface ProcedureCost {
  code: string;
  name: string;
  rateKind: 'citizen' | 'business';
  documents: DocumentCostTerm[];
  channels: ChannelCost[];
  /** volume.per_year, or null when the procedure has no volume ("no volume"). */
  perYear: number | null;
  /** Σ share × perFulfilment × perYear, or null without volume. */
  annual: number | null;
  abolished: boolean;
}

/** A proposal's effect on its procedure. */
export interface ProposalCost {
  proposal: string;
  procedure: string;
  status: string;
  before: ProcedureCost;
  after: ProcedureCost;
  /** before.annual − after.annual (null without volume). */
  saving: number | null;
  /** saving ÷ before.annual (null without volume or when before is 0). */
  rate: number | null;
  /** Changes that could not apply (reported by proposal/invalid-change); `reason` is an `InvalidReason`. */
  invalidChanges: { index: number; reason: string; subject: string }[];
}

/**
 * A procedure's plan: every proposal for it that is not rejected, applied in order (by date,
 * then id). The catalog totals add these up, so two proposals for one procedure count once.
 */
export interface ProcedurePlan {
  procedure: string;
  proposals: string[];
  before: ProcedureCost;
  after: ProcedureCost;
  saving: number | null;
  rate: number | null;
}

export interface CatalogCost {
  parameters: CostParameters;
  /** catalog.yaml has no `cost:` (income per hour): nothing is computed, every list is empty. */
  missingParameters: boolean;
  procedures: ProcedureCost[];
  proposals: ProposalCost[];
  /** One per procedure with at least one proposal that is not rejected. */
  plans: ProcedurePlan[];
  /** Over the plans with a volume: Σ before, Σ after, saving, rate vs target (`targets.cost_reduction`). */
  totals: { before: number; after: number; saving: number; rate: number | null; target: number | null };
}
