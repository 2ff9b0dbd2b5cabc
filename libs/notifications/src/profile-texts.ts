import { formatList, type NotificationLocale } from './format';

/**
 * Texts for the cooperative's profile: the field names an officer reads in the welcome (what
 * is still missing) and in cooperative.profile-updated (what changed). Kept apart from
 * templates.ts so the message catalogs can take them over whole.
 */
const PROFILE_FIELD_NAMES: Readonly<Record<string, Readonly<Record<NotificationLocale, string>>>> = {
  name: { id: 'nama koperasi', en: 'name' },
  regionCode: { id: 'kode wilayah', en: 'region code' },
  kind: { id: 'jenis (desa/kelurahan)', en: 'kind (desa/kelurahan)' },
  village: { id: 'desa/kelurahan', en: 'village' },
  district: { id: 'kecamatan', en: 'district' },
  regency: { id: 'kabupaten/kota', en: 'regency' },
  province: { id: 'provinsi', en: 'province' },
  memberCount: { id: 'jumlah anggota', en: 'member count' },
  sectors: { id: 'sektor usaha', en: 'sectors' },
  contactEmail: { id: 'email kontak', en: 'contact email' },
  contactPhone: { id: 'telepon kontak', en: 'contact phone' },
  legalEntityNumber: { id: 'nomor badan hukum', en: 'legal entity number' },
  cooperativeNumber: { id: 'NIK koperasi', en: 'cooperative number (NIK koperasi)' },
  taxNumber: { id: 'NPWP', en: 'tax number (NPWP)' },
  businessNumber: { id: 'NIB', en: 'business number (NIB)' },
  bankAccount: { id: 'rekening bank koperasi', en: 'bank account' },
};

/** A profile field as an officer names it; an unknown field is shown as is. */
export function profileFieldName(field: string, locale: NotificationLocale): string {
  return Object.prototype.hasOwnProperty.call(PROFILE_FIELD_NAMES, field) ? PROFILE_FIELD_NAMES[field][locale] : field;
}

function fieldList(fields: readonly string[], locale: NotificationLocale): string {
  return formatList(fields.map((field) => profileFieldName(field, locale)), locale);
}

/**
 * The welcome's request for the bank's identifiers: only those the registration left out
 * (none: no request). An event recorded before the list existed asks for all five.
 */
export function missingIdentifiersRequest(missing: readonly string[] | undefined, locale: NotificationLocale): string | undefined {
  const fields = missing ?? ['legalEntityNumber', 'cooperativeNumber', 'taxNumber', 'businessNumber', 'bankAccount'];
  if (fields.length === 0) return undefined;
  return locale === 'id'
    ? `Mohon lengkapi ${fieldList(fields, 'id')} sebelum rencana bisnis ditinjau.`
    : `Please complete the cooperative's ${fieldList(fields, 'en')} before the plan is reviewed.`;
}

/** cooperative.profile-updated for the cooperative's officers: the title and the sentences of the body. */
export function profileUpdatedText(
  locale: NotificationLocale,
  parts: { cooperative: string; when: string; changes: readonly string[] },
): { title: string; sentences: string[] } {
  const changed = parts.changes.length === 0 ? undefined : fieldList(parts.changes, locale);
  if (locale === 'id') {
    return {
      title: 'Profil koperasi diperbarui',
      sentences: [
        changed === undefined
          ? `Profil ${parts.cooperative} telah diperbarui pada ${parts.when}.`
          : `Profil ${parts.cooperative} telah diperbarui pada ${parts.when}: ${changed}.`,
        'Jika Anda tidak mengenali perubahan ini, mohon segera hubungi dinas koperasi.',
      ],
    };
  }
  return {
    title: 'Cooperative profile updated',
    sentences: [
      changed === undefined
        ? `The profile of ${parts.cooperative} was updated on ${parts.when}.`
        : `The profile of ${parts.cooperative} was updated on ${parts.when}: ${changed}.`,
      'If you do not recognise this change, please contact the cooperative office at once.',
    ],
  };
}
