// When a settlement was settled, as the platform said (setl_time): the receipt prints it, however
// often the row changes afterwards (printing, the HIS told, a reprint).
export default `
ALTER TABLE settlements ADD COLUMN settled_at TEXT;
`;
