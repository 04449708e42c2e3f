// Handlers by infno.
import type { Handler } from '../context.ts';
import { cancelFees, uploadFees } from './fees.ts';
import { fileChronicDisease, fileDesignation, queryChronicFilings, queryDesignations, revokeChronicDisease, revokeDesignation } from './filing.ts';
import { personInfo } from './person.ts';
import { preCheck } from './precheck.ts';
import { reportDrugSale } from './pharmacy.ts';
import { downloadFile, reconcileDetails, reconcileTotals, uploadFile } from './reconcile.ts';
import { queryAccumulations, queryChronicMedication, queryFeeLines, queryVisits } from './records.ts';
import { reverse } from './reversal.ts';
import { cancelSettlement, preSettle, querySettlement, settle } from './settlement.ts';
import { signIn, signOut } from './sign.ts';
import { cancelRegistration, register, uploadVisit } from './visit.ts';

/** Queries: they change nothing, so they run without a transaction. */
export const READ_ONLY = new Set(['1101', '2206', '3101', '3201', '5201', '5203', '5204', '5205', '5206', '5301', '5302', '9102']);

export const HANDLERS: Readonly<Record<string, Handler>> = {
  '9001': signIn,
  '9002': signOut,
  '1101': personInfo,
  '2201': register,
  '2202': cancelRegistration,
  '2203': uploadVisit,
  '2204': uploadFees,
  '2205': cancelFees,
  '2206': preSettle,
  '3101': preCheck,
  '2207': settle,
  '2208': cancelSettlement,
  '2601': reverse,
  '3201': reconcileTotals,
  '3202': reconcileDetails,
  '9101': uploadFile,
  '9102': downloadFile,
  '2503': fileChronicDisease,
  '2504': revokeChronicDisease,
  '2505': fileDesignation,
  '2506': revokeDesignation,
  '5301': queryChronicFilings,
  '5302': queryDesignations,
  '5201': queryVisits,
  '5203': querySettlement,
  '5204': queryFeeLines,
  '5205': queryChronicMedication,
  '5206': queryAccumulations,
  '3505': reportDrugSale,
};
