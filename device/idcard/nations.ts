// Ethnic group codes (GB/T 3304) as printed on the card's 民族 line.
const ETHNIC_GROUPS = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜',
  '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳',
  '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
  '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔',
  '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];

export function ethnicGroupName(code: string): string | undefined {
  if (code === '97') return '其他';
  if (code === '98') return '外国血统中国籍人士';
  const n = /^\d{2}$/.test(code) ? Number(code) : 0;
  return n >= 1 && n <= ETHNIC_GROUPS.length ? ETHNIC_GROUPS[n - 1] : undefined;
}
