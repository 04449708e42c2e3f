// Fictional cards for the reader simulator: one of each kind, a long-term card, an expired card
// and one whose ID number fails its check digit. The numbers are made up (valid where meant to be).
import type { TestCard } from './card-text.ts';

export const DEMO_CARDS: readonly TestCard[] = [
  {
    kind: 'resident', name: '王小明', sex: 'male', nation: '01', birth: '1980-01-01',
    address: '内蒙古自治区呼和浩特市新城区沙盒路1号', certno: '150102198001011236',
    authority: '呼和浩特市公安局新城分局', validFrom: '2015-03-01', validTo: '2035-03-01',
  },
  {
    kind: 'resident', name: '李秀兰', sex: 'female', nation: '02', birth: '1952-12-31',
    address: '内蒙古自治区呼和浩特市新城区沙盒路2号', certno: '150102195212310021',
    authority: '呼和浩特市公安局新城分局', validFrom: '2012-06-01', validTo: '长期',
  },
  {
    kind: 'resident', name: '赵建国', sex: 'male', nation: '01', birth: '1949-12-31',
    address: '北京市朝阳区沙盒街3号', certno: '11010519491231002X',
    authority: '北京市公安局朝阳分局', validFrom: '2005-01-01', validTo: '2025-01-01',
  },
  {
    kind: 'resident', name: '钱多多', sex: 'female', nation: '01', birth: '2000-02-29',
    address: '内蒙古自治区呼和浩特市新城区沙盒路4号', certno: '150102200002290061',
    authority: '呼和浩特市公安局新城分局', validFrom: '2018-03-01', validTo: '2028-03-01',
  },
  {
    kind: 'J', name: '陈大文', sex: 'male', nation: '', birth: '1990-02-15',
    address: '广东省深圳市福田区沙盒大道5号', certno: '810000199002153011',
    authority: '深圳市公安局', validFrom: '2022-05-01', validTo: '2027-05-01', passNumber: 'H12345678', issueCount: 1,
  },
  {
    kind: 'I', name: '约翰', nameEn: 'SMITH, JOHN', sex: 'male', nation: 'USA', birth: '1986-01-01',
    certno: 'USA110086010155', authority: '1100', validFrom: '2018-01-01', validTo: '2028-01-01', cardVersion: '01',
  },
  {
    kind: 'Y', name: '玛丽', nameEn: 'GARCIA, MARIA', sex: 'female', nation: 'USA', birth: '1985-07-06',
    certno: '911840198507060018', validFrom: '2023-12-01', validTo: '2033-12-01', renewalCount: 0,
  },
];
