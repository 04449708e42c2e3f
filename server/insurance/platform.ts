// The insurance platform as flows see it: one typed method per transaction, our names in and
// out (integer fen, camelCase), the wire kept inside the transaction modules.
import type { CallOptions, InsuranceClient } from './client.ts';
import type { EcClient, EcIdentity } from './ec-client.ts';
import { signIn, signInInput, signInResult, type SignInArgs } from './transactions/9001.ts';
import { signOut, signOutInput } from './transactions/9002.ts';
import { personInfo, personInfoInput, personInfoResult, type Credential, type InsuredPerson } from './transactions/1101.ts';
import { register, registerInput, registerResult, type RegisterArgs } from './transactions/2201.ts';
import { cancelRegistration, cancelRegistrationInput } from './transactions/2202.ts';
import { uploadVisit, uploadVisitInput, type UploadVisitArgs } from './transactions/2203.ts';
import { uploadFees, uploadFeesInput, uploadFeesResult, type ClassifiedLine, type FeeLine } from './transactions/2204.ts';
import { cancelFees, cancelFeesInput } from './transactions/2205.ts';
import { preSettle, preSettleInput, preSettleResult, type SettleArgs } from './transactions/2206.ts';
import { settle, settleInput, settleResult } from './transactions/2207.ts';
import { cancelSettlement, cancelSettlementInput, cancelSettlementResult } from './transactions/2208.ts';
import { reverse, reverseInput } from './transactions/2601.ts';
import { reconcileTotals, reconcileTotalsInput, reconcileTotalsResult, type ReconcileTotalsArgs } from './transactions/3201.ts';
import { reconcileDetails, reconcileDetailsInput, reconcileDetailsResult, type ReconcileDetailsArgs } from './transactions/3202.ts';
import { uploadFile, uploadFileInput, uploadFileResult } from './transactions/9101.ts';
import { downloadFile, downloadFileInput, downloadFileResult } from './transactions/9102.ts';
import { fileChronicDisease, fileChronicDiseaseInput, filingResult, type ChronicFilingArgs } from './transactions/2503.ts';
import { revokeChronicDisease, revokeFilingInput } from './transactions/2504.ts';
import { fileDesignation, fileDesignationInput, type DesignationArgs } from './transactions/2505.ts';
import { revokeDesignation } from './transactions/2506.ts';
import { chronicFilingsResult, psnInput, queryChronicFilings } from './transactions/5301.ts';
import { designationsResult, queryDesignations, queryDesignationsInput } from './transactions/5302.ts';
import { querySettlement, querySettlementInput, querySettlementResult } from './transactions/5203.ts';
import { queryVisits, queryVisitsInput, visitsResult } from './transactions/5201.ts';
import { feeLinesResult, queryFeeLines, queryFeeLinesInput } from './transactions/5204.ts';
import { chronicMedicationInput, chronicMedicationResult, queryChronicMedication } from './transactions/5205.ts';
import { accumulationsInput, accumulationsResult, queryAccumulations } from './transactions/5206.ts';
import { reportDrugSale, reportDrugSaleInput, type DrugSaleArgs } from './transactions/3505.ts';
import { preCheck, preCheckInput, preCheckResult, type PreCheckWarning } from './transactions/3101.ts';
import type { SettlementSplit } from './transactions/setlinfo.ts';

type Opts = CallOptions;
type Filing = { filingSn: string; psnNo: string; memo?: string };

export class InsurancePlatform {
  constructor(
    readonly client: InsuranceClient,
    readonly ec: EcClient,
    private readonly fixmedinsCode: string,
  ) {}

  async signIn(a: SignInArgs) {
    const result = signInResult((await this.client.call(signIn, signInInput(a))).output);
    this.client.signNo = result.signNo;
    return result;
  }
  async signOut(opterNo: string): Promise<void> {
    if (!this.client.signNo) return;
    await this.client.call(signOut, signOutInput(this.client.signNo, opterNo));
    this.client.signNo = undefined;
  }

  async personInfo(c: Credential): Promise<InsuredPerson> {
    return personInfoResult((await this.client.call(personInfo, personInfoInput(c))).output);
  }
  queryQr(code: string, businessType?: string): Promise<EcIdentity> {
    return this.ec.queryQr(code, businessType);
  }
  faceAuth(certno: string, businessType?: string): Promise<string> {
    return this.ec.faceAuth(certno, businessType);
  }
  authCheck(authNo: string, businessType?: string): Promise<EcIdentity> {
    return this.ec.authCheck(authNo, businessType);
  }

  async register(a: RegisterArgs, o?: Opts) {
    return registerResult((await this.client.call(register, registerInput(a), o)).output);
  }
  async cancelRegistration(a: { psnNo: string; mdtrtId: string; iptOtpNo: string }, o?: Opts): Promise<void> {
    await this.client.call(cancelRegistration, cancelRegistrationInput(a), o);
  }
  async uploadVisit(a: UploadVisitArgs, o?: Opts): Promise<void> {
    await this.client.call(uploadVisit, uploadVisitInput(a), o);
  }
  async uploadFees(a: { mdtrtId: string; psnNo: string; chrgBchno: string; lines: FeeLine[] }, o?: Opts): Promise<ClassifiedLine[]> {
    return uploadFeesResult((await this.client.call(uploadFees, uploadFeesInput(a), o)).output);
  }
  async cancelFees(a: { mdtrtId: string; chrgBchno: string; psnNo: string }, o?: Opts): Promise<void> {
    await this.client.call(cancelFees, cancelFeesInput(a), o);
  }
  async preCheck(a: { psnNo: string; mdtrtId: string; medType: string }, o?: Opts): Promise<PreCheckWarning[]> {
    return preCheckResult((await this.client.call(preCheck, preCheckInput(a), o)).output);
  }
  async preSettle(a: SettleArgs, o?: Opts): Promise<SettlementSplit> {
    return preSettleResult((await this.client.call(preSettle, preSettleInput(a), o)).output);
  }
  async settle(a: SettleArgs, pre: SettlementSplit, o?: Opts & { invono?: string }): Promise<SettlementSplit> {
    return settleResult((await this.client.call(settle, settleInput(a, pre, o?.invono), o)).output);
  }
  async cancelSettlement(a: { setlId: string; mdtrtId: string; psnNo: string }, o?: Opts) {
    return cancelSettlementResult((await this.client.call(cancelSettlement, cancelSettlementInput(a), o)).output);
  }
  async reverse(a: { psnNo: string; omsgid: string; oinfno: string }, o?: Opts): Promise<void> {
    await this.client.call(reverse, reverseInput(a), o);
  }
  async querySettlement(a: { psnNo: string; mdtrtId: string; setlId?: string }, o?: Opts) {
    return querySettlementResult((await this.client.call(querySettlement, querySettlementInput(a), o)).output);
  }

  async reconcileTotals(a: ReconcileTotalsArgs, o?: Opts) {
    return reconcileTotalsResult((await this.client.call(reconcileTotals, reconcileTotalsInput(a), o)).output);
  }
  async reconcileDetails(a: ReconcileDetailsArgs, o?: Opts) {
    return reconcileDetailsResult((await this.client.call(reconcileDetails, reconcileDetailsInput(a), o)).output);
  }
  async uploadFile(content: Buffer, filename: string, o?: Opts) {
    return uploadFileResult((await this.client.call(uploadFile, uploadFileInput({ content, filename, fixmedinsCode: this.fixmedinsCode }), o)).output);
  }
  async downloadFile(fileQuryNo: string, filename: string, o?: Opts): Promise<Buffer> {
    return downloadFileResult(
      (await this.client.call(downloadFile, downloadFileInput({ fileQuryNo, filename, fixmedinsCode: this.fixmedinsCode }), o)).output,
    );
  }

  async fileChronicDisease(a: ChronicFilingArgs, o?: Opts) {
    return filingResult((await this.client.call(fileChronicDisease, fileChronicDiseaseInput(a), o)).output);
  }
  async revokeChronicDisease(a: Filing, o?: Opts): Promise<void> {
    await this.client.call(revokeChronicDisease, revokeFilingInput(a), o);
  }
  async fileDesignation(a: DesignationArgs, o?: Opts) {
    return filingResult((await this.client.call(fileDesignation, fileDesignationInput(a), o)).output);
  }
  async revokeDesignation(a: Filing, o?: Opts): Promise<void> {
    await this.client.call(revokeDesignation, revokeFilingInput(a), o);
  }
  async queryChronicFilings(psnNo: string, o?: Opts) {
    return chronicFilingsResult((await this.client.call(queryChronicFilings, psnInput(psnNo), o)).output);
  }
  async queryDesignations(psnNo: string, bizAppyType: string, o?: Opts) {
    return designationsResult((await this.client.call(queryDesignations, queryDesignationsInput(psnNo, bizAppyType), o)).output);
  }
  async queryVisits(a: { psnNo: string; begin: string; end: string }, o?: Opts) {
    return visitsResult((await this.client.call(queryVisits, queryVisitsInput(a), o)).output);
  }
  async queryFeeLines(a: { psnNo: string; mdtrtId: string; setlId?: string }, o?: Opts) {
    return feeLinesResult((await this.client.call(queryFeeLines, queryFeeLinesInput(a), o)).output);
  }
  async queryChronicMedication(a: { psnNo: string; begin: string; end: string }, o?: Opts) {
    return chronicMedicationResult((await this.client.call(queryChronicMedication, chronicMedicationInput(a), o)).output);
  }
  async queryAccumulations(psnNo: string, yearMonth: string, o?: Opts) {
    return accumulationsResult((await this.client.call(queryAccumulations, accumulationsInput(psnNo, yearMonth), o)).output);
  }
  async reportDrugSale(a: DrugSaleArgs, o?: Opts): Promise<void> {
    await this.client.call(reportDrugSale, reportDrugSaleInput(a), o);
  }
}
