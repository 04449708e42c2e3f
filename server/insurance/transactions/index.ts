// Every transaction the terminal speaks, by infno. The sandbox validates requests with these
// same wire schemas; the client checks answers with them.
import { signIn } from './9001.ts';
import { signOut } from './9002.ts';
import { personInfo } from './1101.ts';
import { register } from './2201.ts';
import { cancelRegistration } from './2202.ts';
import { uploadVisit } from './2203.ts';
import { uploadFees } from './2204.ts';
import { cancelFees } from './2205.ts';
import { preSettle } from './2206.ts';
import { settle } from './2207.ts';
import { cancelSettlement } from './2208.ts';
import { reverse } from './2601.ts';
import { reconcileTotals } from './3201.ts';
import { reconcileDetails } from './3202.ts';
import { uploadFile } from './9101.ts';
import { downloadFile } from './9102.ts';
import { fileChronicDisease } from './2503.ts';
import { revokeChronicDisease } from './2504.ts';
import { fileDesignation } from './2505.ts';
import { revokeDesignation } from './2506.ts';
import { queryChronicFilings } from './5301.ts';
import { queryDesignations } from './5302.ts';
import { querySettlement } from './5203.ts';
import { queryVisits } from './5201.ts';
import { queryFeeLines } from './5204.ts';
import { queryChronicMedication } from './5205.ts';
import { queryAccumulations } from './5206.ts';
import { reportDrugSale } from './3505.ts';
import { preCheck } from './3101.ts';
import type { Transaction } from './transaction.ts';

export const TRANSACTIONS: Readonly<Record<string, Transaction>> = Object.fromEntries(
  [
    signIn, signOut, personInfo, register, cancelRegistration, uploadVisit, uploadFees, cancelFees, preSettle, settle,
    cancelSettlement, reverse, reconcileTotals, reconcileDetails, uploadFile, downloadFile, fileChronicDisease,
    revokeChronicDisease, fileDesignation, revokeDesignation, queryChronicFilings, queryDesignations, querySettlement,
    queryChronicMedication, queryAccumulations, reportDrugSale, preCheck, queryVisits, queryFeeLines,
  ].map((t) => [t.infno, t as Transaction]),
);
