/** Made-up names for staff: real names are never stored unless a bureau import asks to keep them. */
export const surnames = '陈李张黄周吴郑王冯何罗梁宋谢唐许邓韩曹彭曾萧蔡潘'.split('');
export const given = [
  '晓',
  '思',
  '嘉',
  '子',
  '雨',
  '若',
  '梓',
  '佳',
  '文',
  '诗',
  '一',
  '婉',
  '浩',
  '安',
  '明',
  '欣',
  '俊',
  '可',
  '宇',
  '雅',
  '志',
  '伟',
  '敏',
  '静',
];

/** Surname and two given characters, each chosen by `pick` (a seeded generator, or a hash). */
export function pseudonym(pick: (list: readonly string[]) => string): string {
  return pick(surnames) + pick(given) + pick(given);
}

/** 林晓岚 → 林**: the surname stays so that a roster still reads as people; the rest is hidden. */
export function maskName(name: string): string {
  const [first = '', ...rest] = [...name];
  return first + '*'.repeat(Math.max(1, rest.length));
}
