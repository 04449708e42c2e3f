// Registers the UI's custom elements. Registration lives apart from the classes so tests can
// import a class without defining it.
import { KioskApp } from './app/kiosk-app.component.ts';
import { CountDown } from './components/count-down.component.ts';
import { ElderlyOffer } from './components/elderly-offer.component.ts';
import { HelpBar } from './components/help-bar.component.ts';
import { HowToAnimation } from './components/how-to-animation.component.ts';
import { IdKeypad } from './components/id-keypad.component.ts';
import { IdleCheck } from './components/idle-check.component.ts';
import { MoneySplit } from './components/money-split.component.ts';
import { PrefSwitches } from './components/pref-switches.component.ts';
import { QrCode } from './components/qr-code.component.ts';
import { SignatureField } from './components/signature-field.component.ts';
import { StaffCall } from './components/staff-call.component.ts';
import { StepProgress } from './components/step-progress.component.ts';
import { WedgeInput } from './components/wedge-input.component.ts';
import { BillsScreen } from './screens/bills.screen.ts';
import { ConsentScreen } from './screens/consent.screen.ts';
import { DoneScreen } from './screens/done.screen.ts';
import { GoodbyeScreen } from './screens/goodbye.screen.ts';
import { IdentifyScreen } from './screens/identify.screen.ts';
import { PaymentScreen } from './screens/payment.screen.ts';
import { PersonScreen } from './screens/person.screen.ts';
import { ProblemScreen } from './screens/problem.screen.ts';
import { SplitScreen } from './screens/split.screen.ts';
import { SurveyScreen } from './screens/survey.screen.ts';
import { WelcomeScreen } from './screens/welcome.screen.ts';
import { DatePicker } from './components/date-picker.component.ts';
import { FilingCard } from './components/filing-card.component.ts';
import { PageTurner } from './components/page-turner.component.ts';
import { PickList } from './components/pick-list.component.ts';
import { TextEntry } from './components/text-entry.component.ts';
import { ComplaintDoneScreen } from './screens/complaint-done.screen.ts';
import { ComplaintScreen } from './screens/complaint.screen.ts';
import { FilingDoneScreen } from './screens/filing-done.screen.ts';
import { FilingKindsScreen } from './screens/filing-kinds.screen.ts';
import { FilingReviewScreen } from './screens/filing-review.screen.ts';
import { FilingRevokeScreen } from './screens/filing-revoke.screen.ts';
import { FilingStepScreen } from './screens/filing-step.screen.ts';
import { FilingsScreen } from './screens/filings.screen.ts';
import { InfoPageScreen } from './screens/info-page.screen.ts';
import { InfoScreen } from './screens/info.screen.ts';
import { PharmacyBuyerScreen } from './screens/pharmacy-buyer.screen.ts';
import { PharmacySaleScreen } from './screens/pharmacy-sale.screen.ts';
import { PricesScreen } from './screens/prices.screen.ts';
import { RecordVisitScreen } from './screens/record-visit.screen.ts';
import { RecordsScreen } from './screens/records.screen.ts';
import { ServicesScreen } from './screens/services.screen.ts';

const elements: Record<string, CustomElementConstructor> = {
  'count-down': CountDown,
  'elderly-offer': ElderlyOffer,
  'help-bar': HelpBar,
  'how-to-animation': HowToAnimation,
  'id-keypad': IdKeypad,
  'idle-check': IdleCheck,
  'money-split': MoneySplit,
  'pref-switches': PrefSwitches,
  'qr-code': QrCode,
  'signature-field': SignatureField,
  'staff-call': StaffCall,
  'step-progress': StepProgress,
  'wedge-input': WedgeInput,
  'date-picker': DatePicker,
  'filing-card': FilingCard,
  'page-turner': PageTurner,
  'pick-list': PickList,
  'text-entry': TextEntry,
  'welcome-screen': WelcomeScreen,
  'identify-screen': IdentifyScreen,
  'person-screen': PersonScreen,
  'bills-screen': BillsScreen,
  'split-screen': SplitScreen,
  'consent-screen': ConsentScreen,
  'payment-screen': PaymentScreen,
  'done-screen': DoneScreen,
  'survey-screen': SurveyScreen,
  'goodbye-screen': GoodbyeScreen,
  'problem-screen': ProblemScreen,
  'services-screen': ServicesScreen,
  'filing-kinds-screen': FilingKindsScreen,
  'filing-step-screen': FilingStepScreen,
  'filing-review-screen': FilingReviewScreen,
  'filing-done-screen': FilingDoneScreen,
  'filings-screen': FilingsScreen,
  'filing-revoke-screen': FilingRevokeScreen,
  'prices-screen': PricesScreen,
  'info-screen': InfoScreen,
  'info-page-screen': InfoPageScreen,
  'records-screen': RecordsScreen,
  'record-visit-screen': RecordVisitScreen,
  'complaint-screen': ComplaintScreen,
  'complaint-done-screen': ComplaintDoneScreen,
  'pharmacy-buyer-screen': PharmacyBuyerScreen,
  'pharmacy-sale-screen': PharmacySaleScreen,
  // The shell last: its first render finds every other element defined.
  'kiosk-app': KioskApp,
};

for (const [name, element] of Object.entries(elements)) customElements.define(name, element);
