import type { Catalog } from '../catalog';
import { formatConjunction, formatRupiah } from '../format';
import { bulleted, capitalise, labelOf, named, quoted, text } from '../wording';

/**
 * Bahasa Indonesia: the reference catalog and the default language (docs/domain.md). Every other
 * catalog has the same keys (the `Catalog` type) and is checked against this one at run time.
 */

const TAG = 'id-ID';

const list = (items: readonly string[]): string => formatConjunction(items, TAG);

const sectors = {
  AGRICULTURE: 'pertanian',
  PLANTATION: 'perkebunan',
  FISHERIES: 'perikanan',
  LIVESTOCK: 'peternakan',
  PROCESSED_FOOD: 'pangan olahan',
  WASTE_PROCESSING: 'pengolahan sampah',
  RETAIL: 'perdagangan eceran',
  LOGISTICS: 'logistik',
  SAVINGS_AND_LOAN: 'simpan pinjam',
  HEALTH: 'kesehatan',
  TOURISM: 'pariwisata',
  OTHER: 'lainnya',
} as const satisfies Catalog['sectors'];

const partnerRoles = {
  OFFTAKER: 'pembeli hasil (offtaker)',
  DISTRIBUTOR: 'distributor',
  FINANCIER: 'pemberi pembiayaan',
  EXPORTER: 'eksportir',
} as const satisfies Catalog['partnerRoles'];

const bankAccountParts = {
  bankName: 'nama bank',
  accountNumber: 'nomor rekening',
  accountHolder: 'nama pemilik rekening',
} as const satisfies Catalog['bankAccountParts'];

/** The identifiers a bank asks for: the name (as it starts a sentence) and what a good one looks like. */
const identifiers = {
  legalEntity: {
    name: 'Nomor badan hukum koperasi',
    format: 'nomor SK pengesahan badan hukum dari Kementerian Hukum, misalnya AHU-0001234.AH.01.29.TAHUN 2025',
  },
  cooperative: { name: 'Nomor Induk Koperasi (NIK)', format: '16 angka' },
  tax: {
    name: 'NPWP koperasi',
    format: '15 atau 16 angka; titik dan tanda hubung seperti tertulis pada kartu NPWP boleh dipakai',
  },
  business: { name: 'NIB (Nomor Induk Berusaha) koperasi', format: '13 angka' },
};

function missing(id: { name: string; format: string }): string {
  return `${id.name} belum diisi. Mohon lengkapi (${id.format}) agar rencana bisnis dapat ditinjau.`;
}

function invalid(id: { name: string; format: string }): string {
  return `${id.name} tidak sesuai format. Mohon periksa kembali: ${id.format}.`;
}

const sectorName = (code: string): string => labelOf(sectors, code);

export const id: Catalog = {
  meta: { intlLocale: TAG, languageName: 'Bahasa Indonesia' },

  cooperativeStates: {
    REGISTERED: 'Terdaftar',
    PLAN_SUBMITTED: 'Rencana bisnis diajukan',
    IN_REVIEW: 'Dalam peninjauan',
    REVISION_REQUESTED: 'Perlu perbaikan',
    FINANCING_APPROVED: 'Pembiayaan disetujui',
    FINANCING_REJECTED: 'Pembiayaan ditolak',
    MATCHING: 'Mencari mitra',
    AWAITING_PARTNER: 'Menunggu mitra',
    PARTNERED: 'Bermitra',
    WITHDRAWN: 'Mengundurkan diri',
  },
  sectors,
  actorKinds: {
    COOPERATIVE: 'Pengurus koperasi',
    ADMIN: 'Admin Dinas Koperasi',
    REVIEWER: 'Peninjau',
    PARTNER: 'Mitra',
    SYSTEM: 'Sistem',
  },
  reviewStages: {
    DESK_REVIEW: 'Verifikasi Administrasi',
    FIELD_VERIFICATION: 'Verifikasi Lapangan',
    CREDIT_COMMITTEE: 'Komite Kredit',
  },
  reviewDecisions: { APPROVE: 'Setujui', REJECT: 'Tolak', REQUEST_REVISION: 'Minta perbaikan' },
  partnerTypes: {
    BUMN: 'BUMN (badan usaha milik negara)',
    BUMD: 'BUMD (badan usaha milik daerah)',
    PRIVATE: 'swasta',
    BANK: 'bank',
    EXPORTER: 'eksportir',
  },
  partnerRoles,
  matchStatuses: { PROPOSED: 'Diusulkan', ACCEPTED: 'Diterima', DECLINED: 'Ditolak', EXPIRED: 'Kedaluwarsa' },
  villageKinds: { DESA: 'desa', KELURAHAN: 'kelurahan' },
  bankAccountParts,
  partnerProfileFields: {
    roles: 'peran',
    capacity: 'kapasitas',
    regionCodes: 'wilayah layanan',
    sectors: 'sektor',
    commodities: 'komoditas',
    webhookUrl: 'alamat webhook',
    contactEmail: 'email kontak',
    webhookSecret: 'kunci penandatanganan webhook',
  },

  screeningReasons: {
    MISSING_LEGAL_ENTITY_NUMBER: () => missing(identifiers.legalEntity),
    INVALID_LEGAL_ENTITY_NUMBER: () => invalid(identifiers.legalEntity),
    MISSING_COOPERATIVE_NUMBER: () => missing(identifiers.cooperative),
    INVALID_COOPERATIVE_NUMBER: () => invalid(identifiers.cooperative),
    MISSING_TAX_NUMBER: () => missing(identifiers.tax),
    INVALID_TAX_NUMBER: () => invalid(identifiers.tax),
    MISSING_BUSINESS_NUMBER: () => missing(identifiers.business),
    INVALID_BUSINESS_NUMBER: () => invalid(identifiers.business),
    MISSING_BANK_ACCOUNT: (p) =>
      p.accountGiven
        ? `Data rekening bank koperasi belum lengkap: ${list(p.missing.map((part) => bankAccountParts[part]))} belum diisi. Mohon lengkapi.`
        : `Rekening bank koperasi belum diisi. Mohon lengkapi ${list(Object.values(bankAccountParts))} rekening atas nama koperasi, untuk pencairan pembiayaan.`,
    INVALID_BANK_ACCOUNT_NUMBER: () =>
      'Nomor rekening bank koperasi tidak sesuai format. Mohon periksa kembali: 6 sampai 20 angka, tanpa spasi atau tanda baca.',
    TOO_FEW_MEMBERS: (p) =>
      `Jumlah anggota koperasi tercatat ${p.memberCount} orang, sedangkan syaratnya paling sedikit ${p.minimumMemberCount} orang. Mohon perbarui jumlah anggota setelah anggota baru terdaftar.`,
    REQUESTED_AMOUNT_NOT_POSITIVE: (p) =>
      `Jumlah pembiayaan yang diajukan (belanja modal ${formatRupiah(p.capexAmount)} ditambah biaya operasional ${formatRupiah(p.opexAmount)}) harus lebih dari Rp 0, dan keduanya tidak boleh negatif. Mohon isi kebutuhan dana rencana bisnis.`,
    REQUESTED_AMOUNT_ABOVE_CEILING: (p) =>
      `Jumlah pembiayaan yang diajukan ${formatRupiah(p.requestedAmount)} (belanja modal ${formatRupiah(p.capexAmount)} ditambah biaya operasional ${formatRupiah(p.opexAmount)}) melebihi batas ${formatRupiah(p.ceilingAmount)} per koperasi menurut kebijakan ${p.policyVersion}. Mohon kurangi belanja modal atau biaya operasional.`,
    OPERATING_COSTS_ABOVE_CEILING: (p) =>
      `Biaya operasional yang diajukan ${formatRupiah(p.opexAmount)} melebihi batas ${formatRupiah(p.operatingCostCeiling)} menurut kebijakan ${p.policyVersion}. Mohon kurangi biaya operasional.`,
    TENOR_OUT_OF_RANGE: (p) =>
      `Jangka waktu pinjaman ${p.tenorMonths} bulan tidak sesuai ketentuan: bilangan bulat, paling singkat ${p.min} bulan dan paling lama ${p.max} bulan menurut kebijakan ${p.policyVersion}. Mohon sesuaikan jangka waktunya.`,
    GRACE_PERIOD_OUT_OF_RANGE: (p) =>
      `Masa tenggang ${p.gracePeriodMonths} bulan tidak sesuai ketentuan: bilangan bulat, ${p.min} sampai ${p.max} bulan menurut kebijakan ${p.policyVersion}. Mohon sesuaikan masa tenggangnya.`,
    GRACE_PERIOD_NOT_SHORTER_THAN_TENOR: (p) =>
      `Masa tenggang ${p.gracePeriodMonths} bulan harus lebih singkat dari jangka waktu pinjaman ${p.tenorMonths} bulan, agar ada bulan untuk mengangsur pokok pinjaman. Mohon perpanjang jangka waktu atau persingkat masa tenggang.`,
    PROJECTED_REVENUE_NOT_POSITIVE: (p) =>
      `Proyeksi pendapatan tahunan harus lebih dari Rp 0, sedangkan yang tertulis ${formatRupiah(p.projectedAnnualRevenue)}. Mohon isi perkiraan pendapatan usaha dalam setahun.`,
    SECTOR_NOT_OF_COOPERATIVE: (p) =>
      `Sektor rencana bisnis (${sectorName(p.sector)}) tidak termasuk sektor usaha koperasi (${
        p.cooperativeSectors.length === 0 ? 'belum ada sektor yang terdaftar' : list(p.cooperativeSectors.map(sectorName))
      }). Mohon pilih salah satu sektor koperasi, atau perbarui data sektor koperasi terlebih dahulu.`,
  },

  matchReasons: {
    SECTOR_MATCH: (p) => `Bergerak di sektor ${sectorName(p.sector)}, sektor rencana usaha`,
    SECTOR_MISMATCH: (p) => `Tidak bergerak di sektor ${sectorName(p.sector)}, sektor rencana usaha`,
    COMMODITY_OVERLAP: (p) =>
      `Menangani komoditas rencana usaha: ${p.shared.join(', ')} (${p.shared.length}/${p.planCommodityCount})`,
    COMMODITY_NO_OVERLAP: (p) => `Tidak menangani komoditas rencana usaha (0/${p.planCommodityCount})`,
    COMMODITY_NONE_IN_PLAN: () => 'Rencana usaha tidak menyebut komoditas untuk dibandingkan',
    REGION_REGENCY: (p) => `Melayani ${p.isCity ? 'Kota' : 'Kabupaten'} ${p.regencyCode}, wilayah koperasi`,
    REGION_PROVINCE: (p) => `Melayani Provinsi ${p.provinceCode}, provinsi koperasi`,
    REGION_NATIONAL: () => 'Melayani seluruh Indonesia',
    REGION_NOT_SERVED: (p) =>
      `Tidak melayani wilayah koperasi (Kabupaten/Kota ${p.regencyCode}, Provinsi ${p.provinceCode})`,
    CAPACITY_HEADROOM: (p) => `Kapasitas tersisa ${p.free} dari ${p.capacity} kemitraan`,
    CAPACITY_FULL: (p) => `Tidak ada kapasitas tersisa (${p.activePartnerships} dari ${p.capacity} kemitraan aktif)`,
    EXPORT_READY: () => 'Rencana usaha siap ekspor',
    EXPORT_NOT_READY: () => 'Rencana usaha belum siap ekspor',
    EXPORT_NOT_SCORED: (p) =>
      `Kesiapan ekspor tidak dinilai untuk peran ${labelOf(partnerRoles, p.role)} (nilai maksimum ${p.maximumScore})`,
  },

  notifications: {
    words: {
      salutation: (name) => `Yth. Bapak/Ibu ${name},`,
      yourCooperative: 'koperasi Anda',
      aCooperative: 'sebuah koperasi',
      thePartner: 'calon mitra',
      regionCode: (code) => `kode wilayah ${code}`,
      regionCodes: (codes) => `kode wilayah ${codes}`,
      allOfIndonesia: 'seluruh Indonesia',
      noDetails: '(rincian tidak tersedia)',
    },
    templates: {
      'cooperative.registered': {
        cooperative: (a) => ({
          title: `Selamat datang, ${a.ownCooperative}`,
          body: [
            [
              `${capitalise(a.ownCooperative)} telah terdaftar dalam sistem pembiayaan dan kemitraan Koperasi Desa/Kelurahan Merah Putih pada ${a.when}.`,
              'Langkah berikutnya adalah menyusun dan mengajukan rencana bisnis koperasi.',
              'Mohon lengkapi nomor badan hukum, NIK koperasi, NPWP, NIB, dan rekening bank koperasi sebelum rencana bisnis ditinjau.',
            ],
          ],
        }),
        admin: (a) => ({
          title: named('Koperasi baru terdaftar', a.cooperativeName),
          body: [
            [
              `${capitalise(a.theCooperative)}, koperasi ${a.payload.kind === 'KELURAHAN' ? 'kelurahan' : 'desa'} di wilayah Anda (${a.place ?? `kode wilayah ${a.payload.regionCode}`}), telah terdaftar pada ${a.when}.`,
              'Mohon pantau kelengkapan data koperasi tersebut agar rencana bisnisnya dapat segera diproses.',
            ],
          ],
        }),
      },

      'business-plan.submitted': {
        cooperative: (a) => ({
          title: 'Rencana bisnis telah diterima',
          body: [
            [
              `Rencana bisnis ${a.ownCooperative} (nomor revisi ${a.payload.revision}) dengan nilai pengajuan pembiayaan ${formatRupiah(a.payload.requestedAmount)} telah kami terima pada ${a.when}.`,
              `Rencana bisnis akan diperiksa secara otomatis berdasarkan kebijakan pembiayaan versi ${a.payload.policyVersion}.`,
              'Hasil pemeriksaan akan kami sampaikan melalui sistem ini.',
            ],
          ],
        }),
      },

      'screening.passed': {
        cooperative: (a) => ({
          title: 'Rencana bisnis lolos pemeriksaan awal',
          body: [
            [
              `Rencana bisnis ${a.ownCooperative} telah lolos pemeriksaan awal sesuai kebijakan pembiayaan versi ${a.payload.policyVersion}.`,
              'Selanjutnya rencana bisnis akan ditinjau oleh peninjau dari Dinas Koperasi dan bank mitra secara bertahap.',
              'Setiap perkembangan akan kami sampaikan kepada Anda.',
            ],
          ],
        }),
      },

      'screening.failed': {
        cooperative: (a) => ({
          title: 'Rencana bisnis perlu diperbaiki',
          body: [
            `Pemeriksaan awal atas rencana bisnis ${a.ownCooperative} berdasarkan kebijakan pembiayaan versi ${a.payload.policyVersion} menemukan hal-hal berikut yang perlu diperbaiki:\n${bulleted(a.payload.reasons?.map(a.screeningReason), id.notifications.words.noDetails)}`,
            [
              'Mohon perbaiki data koperasi atau rencana bisnis sesuai catatan di atas.',
              'Setelah itu, rencana bisnis dapat diajukan kembali melalui sistem ini.',
            ],
          ],
        }),
      },

      'review.stage-opened': {
        cooperative: (a) => ({
          title: `Rencana bisnis memasuki tahap ${a.stage(a.payload.stage)}`,
          body: [
            [
              `Rencana bisnis ${a.ownCooperative} kini berada pada tahap ${a.stage(a.payload.stage)}.`,
              `Tahap ini dijadwalkan selesai paling lambat ${a.date(a.payload.deadlineAt)}.`,
              'Hasilnya akan kami sampaikan kepada Anda.',
            ],
          ],
        }),
        reviewer: (a) => ({
          title: named('Menunggu peninjauan Anda', a.cooperativeName),
          body: [
            [
              `Rencana bisnis ${a.theCooperativeAt} menunggu keputusan Anda pada tahap ${a.stage(a.payload.stage)}.`,
              `Mohon berikan keputusan (setujui, tolak, atau minta perbaikan) paling lambat ${a.date(a.payload.deadlineAt)}.`,
              'Rencana bisnis tersebut dapat dibuka melalui daftar peninjauan di sistem.',
            ],
          ],
        }),
      },

      'review.stage-approved': {
        cooperative: (a) => {
          const comment = text(a.payload.comment);
          return {
            title: `Tahap ${a.stage(a.payload.stage)} disetujui`,
            body: [
              [
                `Rencana bisnis ${a.ownCooperative} telah disetujui dalam tahap ${a.stage(a.payload.stage)} pada ${a.when}.`,
                comment !== undefined && `Catatan peninjau: ${quoted(comment)}.`,
                'Langkah berikutnya akan kami sampaikan kepada Anda.',
              ],
            ],
          };
        },
      },

      'review.revision-requested': {
        cooperative: (a) => {
          const comment = text(a.payload.comment);
          return {
            title: 'Peninjau meminta perbaikan rencana bisnis',
            body: [
              [
                `Peninjau pada tahap ${a.stage(a.payload.stage)} meminta perbaikan atas rencana bisnis ${a.ownCooperative}.`,
                comment !== undefined
                  ? `Catatan peninjau: ${quoted(comment)}.`
                  : 'Rincian permintaan perbaikan dapat dilihat pada riwayat peninjauan di sistem.',
                'Mohon perbaiki rencana bisnis sesuai catatan tersebut, lalu ajukan kembali melalui sistem ini.',
              ],
            ],
          };
        },
      },

      'financing.reviewed': {
        cooperative: (a) => {
          const p = a.payload;
          if (p.outcome === 'APPROVED') {
            return {
              title: p.approvedAmount !== undefined ? `Pembiayaan disetujui: ${formatRupiah(p.approvedAmount)}` : 'Pembiayaan disetujui',
              body: [
                [
                  `Dengan senang hati kami sampaikan bahwa pengajuan pembiayaan ${a.ownCooperative} telah disetujui pada tahap ${a.stage(p.stage)}${p.approvedAmount !== undefined ? ` dengan nilai pembiayaan yang disetujui sebesar ${formatRupiah(p.approvedAmount)}` : ''}.`,
                  'Selanjutnya sistem akan mencarikan mitra yang sesuai dengan rencana bisnis koperasi.',
                  'Usulan kemitraan akan kami sampaikan kepada Anda.',
                ],
              ],
            };
          }
          const reason = text(p.reason);
          return {
            title: 'Pengajuan pembiayaan belum dapat disetujui',
            body: [
              [
                `Dengan berat hati kami sampaikan bahwa pengajuan pembiayaan ${a.ownCooperative} belum dapat disetujui pada tahap ${a.stage(p.stage)}.`,
                reason !== undefined && `Alasan: ${quoted(reason)}.`,
                'Koperasi dapat memperbaiki rencana bisnis dan mengajukannya kembali melalui sistem ini.',
              ],
            ],
          };
        },
        admin: (a) => {
          const p = a.payload;
          const reason = text(p.reason);
          const approved = p.outcome === 'APPROVED';
          return {
            title: named(approved ? 'Pembiayaan disetujui' : 'Pembiayaan ditolak', a.cooperativeName),
            body: [
              approved
                ? [
                    `Pengajuan pembiayaan ${a.theCooperativeAt} telah disetujui dalam tahap ${a.stage(p.stage)} pada ${a.when}.`,
                    p.approvedAmount !== undefined && `Nilai pembiayaan yang disetujui: ${formatRupiah(p.approvedAmount)}.`,
                    'Sistem akan mencarikan mitra bagi koperasi tersebut.',
                  ]
                : [
                    `Pengajuan pembiayaan ${a.theCooperativeAt} ditolak dalam tahap ${a.stage(p.stage)} pada ${a.when}.`,
                    reason !== undefined && `Alasan: ${quoted(reason)}.`,
                    'Koperasi tersebut dapat mengajukan rencana bisnis baru.',
                  ],
            ],
          };
        },
      },

      'partner.matched': {
        cooperative: (a) => ({
          title: named('Usulan kemitraan baru', a.partnerName),
          body: [
            [
              `${capitalise(a.ownCooperative)} diusulkan untuk bermitra dengan ${a.partner}, yang akan berperan sebagai ${a.role(a.payload.role)}, dengan skor kecocokan ${a.number(a.payload.score)}.`,
              `Usulan ini menunggu tanggapan mitra dan berlaku hingga ${a.date(a.payload.expiresAt)}.`,
              'Tanggapan mitra akan kami sampaikan kepada Anda.',
            ],
          ],
        }),
        partner: (a) => ({
          title: named('Usulan kemitraan', a.cooperativeName),
          body: [
            [
              `Organisasi Anda diusulkan sebagai ${a.role(a.payload.role)} bagi ${a.theCooperativeAt}, dengan skor kecocokan ${a.number(a.payload.score)}.`,
              'Profil koperasi dan alasan kecocokan dapat dilihat pada menu kemitraan di sistem.',
              `Mohon terima atau tolak usulan ini paling lambat ${a.date(a.payload.expiresAt)}; setelah itu usulan akan kedaluwarsa.`,
            ],
          ],
        }),
      },

      'partner.none-found': {
        cooperative: (a) => {
          const sought = a.roles(a.payload.seekingRoles ?? []);
          return {
            title: 'Menunggu mitra yang sesuai',
            body: [
              [
                `Saat ini belum ada mitra yang sesuai untuk rencana bisnis ${a.ownCooperative}${sought !== undefined ? ` dengan peran yang dicari: ${sought}` : ''}.`,
                'Koperasi Anda tetap berada dalam daftar tunggu.',
                'Kami akan segera mengabarkan apabila ada mitra baru yang sesuai.',
              ],
            ],
          };
        },
        admin: (a) => {
          const sought = a.roles(a.payload.seekingRoles ?? []);
          return {
            title: named('Koperasi belum mendapat mitra', a.cooperativeName),
            body: [
              [
                `${capitalise(a.theCooperativeAt)} belum mendapatkan mitra yang sesuai${sought !== undefined ? ` untuk peran ${sought}` : ''}.`,
                'Koperasi tersebut menunggu mitra baru atau mitra yang kapasitasnya kembali tersedia.',
                'Mohon pertimbangkan untuk menghubungi calon mitra yang melayani wilayah tersebut.',
              ],
            ],
          };
        },
      },

      'match.accepted': {
        cooperative: (a) => {
          const comment = text(a.payload.comment);
          return {
            title: `${capitalise(a.partnerName ?? 'mitra')} menerima usulan kemitraan`,
            body: [
              [
                `Kabar baik: ${a.partner} telah menerima usulan kemitraan dengan ${a.ownCooperative} pada ${a.when}.`,
                comment !== undefined && `Pesan dari mitra: ${quoted(comment)}.`,
                'Silakan menjalin komunikasi dengan mitra untuk menindaklanjuti kerja sama.',
              ],
            ],
          };
        },
        partner: (a) => ({
          title: named('Konfirmasi penerimaan kemitraan', a.cooperativeName),
          body: [
            [
              `Terima kasih, organisasi Anda telah menerima usulan kemitraan dengan ${a.theCooperativeAt} pada ${a.when}.`,
              'Kemitraan ini kini tercatat aktif dalam sistem.',
              'Silakan menghubungi pengurus koperasi untuk menindaklanjuti kerja sama.',
            ],
          ],
        }),
        admin: (a) => ({
          title: named('Kemitraan terjalin', a.cooperativeName),
          body: [
            [
              `${capitalise(a.partner)} telah menerima usulan kemitraan dengan ${a.theCooperativeAt} pada ${a.when}.`,
              'Kemitraan tersebut kini tercatat aktif dalam sistem.',
            ],
          ],
        }),
      },

      'match.declined': {
        cooperative: (a) => {
          const reason = text(a.payload.reason);
          return {
            title: named('Usulan kemitraan tidak dilanjutkan', a.partnerName),
            body: [
              [
                `${capitalise(a.partner)} memutuskan untuk tidak melanjutkan usulan kemitraan dengan ${a.ownCooperative}.`,
                reason !== undefined && `Alasan yang disampaikan: ${quoted(reason)}.`,
                'Sistem akan terus mencarikan mitra lain yang sesuai, dan hasilnya akan kami sampaikan kepada Anda.',
              ],
            ],
          };
        },
        partner: (a) => {
          const reason = text(a.payload.reason);
          return {
            title: named('Konfirmasi penolakan usulan kemitraan', a.cooperativeName),
            body: [
              [
                `Organisasi Anda telah menolak usulan kemitraan dengan ${a.theCooperativeAt} pada ${a.when}.`,
                reason !== undefined && `Alasan yang tercatat: ${quoted(reason)}.`,
                'Koperasi tersebut tidak akan diusulkan kembali kepada organisasi Anda.',
              ],
            ],
          };
        },
        admin: (a) => {
          const reason = text(a.payload.reason);
          return {
            title: named('Usulan kemitraan ditolak', a.cooperativeName),
            body: [
              [
                `${capitalise(a.partner)} menolak usulan kemitraan dengan ${a.theCooperativeAt} pada ${a.when}.`,
                reason !== undefined && `Alasan: ${quoted(reason)}.`,
                'Sistem akan mencarikan mitra lain bagi koperasi tersebut.',
              ],
            ],
          };
        },
      },

      'match.expired': {
        cooperative: (a) => ({
          title: named('Usulan kemitraan telah berakhir', a.partnerName),
          body: [
            [
              `Usulan kemitraan antara ${a.ownCooperative} dan ${a.partner} telah berakhir karena tidak ditanggapi hingga batas waktu.`,
              'Sistem akan mencarikan mitra lain yang sesuai, dan hasilnya akan kami sampaikan kepada Anda.',
            ],
          ],
        }),
        partner: (a) => ({
          title: named('Usulan kemitraan kedaluwarsa', a.cooperativeName),
          body: [
            [
              `Usulan kemitraan dengan ${a.theCooperativeAt} telah berakhir pada ${a.when} karena tidak ditanggapi hingga batas waktu.`,
              'Usulan tersebut tidak dapat lagi diterima.',
              'Apabila organisasi Anda masih berminat, silakan menghubungi Dinas Koperasi.',
            ],
          ],
        }),
        admin: (a) => ({
          title: named('Usulan kemitraan kedaluwarsa', a.cooperativeName),
          body: [
            [
              `Usulan kemitraan antara ${a.theCooperativeAt} dan ${a.partner} berakhir tanpa tanggapan mitra pada ${a.when}.`,
              'Sistem akan mencarikan mitra lain bagi koperasi tersebut.',
            ],
          ],
        }),
      },

      'cooperative.withdrawn': {
        cooperative: (a) => {
          const reason = text(a.payload.reason);
          return {
            title: 'Pengunduran diri koperasi telah dicatat',
            body: [
              [
                `Pengunduran diri ${a.ownCooperative} dari proses pembiayaan dan kemitraan telah kami catat pada ${a.when}.`,
                reason !== undefined && `Alasan: ${quoted(reason)}.`,
                'Peninjauan dan usulan kemitraan yang masih berjalan dihentikan.',
                'Terima kasih atas partisipasi koperasi Anda.',
              ],
            ],
          };
        },
        reviewer: (a) => {
          const reason = text(a.payload.reason);
          return {
            title: named('Peninjauan dihentikan, koperasi mengundurkan diri', a.cooperativeName),
            body: [
              [
                `${capitalise(a.theCooperativeAt)} telah mengundurkan diri dari proses pembiayaan pada ${a.when}.`,
                reason !== undefined && `Alasan: ${quoted(reason)}.`,
                'Peninjauan yang menunggu keputusan Anda dihentikan dan tidak perlu ditindaklanjuti.',
              ],
            ],
          };
        },
        partner: (a) => ({
          title: named('Usulan kemitraan dibatalkan', a.cooperativeName),
          body: [
            [
              `${capitalise(a.theCooperativeAt)} telah mengundurkan diri dari proses kemitraan pada ${a.when}.`,
              'Usulan kemitraan dengan organisasi Anda yang masih terbuka dibatalkan dan tidak perlu ditanggapi.',
              'Terima kasih atas perhatian Anda.',
            ],
          ],
        }),
        admin: (a) => {
          const reason = text(a.payload.reason);
          return {
            title: named('Koperasi mengundurkan diri', a.cooperativeName),
            body: [
              [
                `${capitalise(a.theCooperativeAt)} telah mengundurkan diri dari proses pembiayaan dan kemitraan pada ${a.when}.`,
                reason !== undefined && `Alasan: ${quoted(reason)}.`,
                'Peninjauan dan usulan kemitraan yang masih terbuka dihentikan.',
              ],
            ],
          };
        },
      },

      'review.reminder': {
        reviewer: (a) => ({
          title: named(`Pengingat tenggat tahap ${a.stage(a.payload.stage)}`, a.cooperativeName),
          body: [
            [
              `Rencana bisnis ${a.theCooperativeAt} masih menunggu keputusan Anda pada tahap ${a.stage(a.payload.stage)}.`,
              `Tenggat peninjauan tahap ini adalah ${a.date(a.payload.deadlineAt)}.`,
              'Apabila tenggat terlewati, peninjauan akan dieskalasi kepada admin Dinas Koperasi.',
            ],
          ],
        }),
      },

      'review.escalated': {
        admin: (a) => ({
          title: `Eskalasi: tenggat tahap ${a.stage(a.payload.stage)} terlewati`,
          body: [
            [
              `Peninjauan rencana bisnis ${a.theCooperativeAt} pada tahap ${a.stage(a.payload.stage)} belum diputuskan hingga tenggat ${a.date(a.payload.deadlineAt)}.`,
              'Mohon tindak lanjuti bersama peninjau terkait atau tugaskan peninjau lain.',
            ],
          ],
        }),
      },

      'partner.registered': {
        partner: (a) => {
          const name = a.partnerName ?? text(a.payload.name) ?? 'organisasi Anda';
          const asRoles = a.roles(a.payload.roles ?? []);
          return {
            title: `Selamat datang, ${name}`,
            body: [
              [
                `${capitalise(name)} telah terdaftar sebagai mitra Koperasi Desa/Kelurahan Merah Putih${asRoles !== undefined ? ` dengan peran ${asRoles}` : ''} pada ${a.when}.`,
                `Wilayah layanan yang tercatat: ${a.regions(a.payload.regionCodes)}.`,
                'Sistem akan mengusulkan kemitraan dengan koperasi yang sesuai, dan setiap usulan akan kami sampaikan kepada Anda.',
              ],
            ],
          };
        },
      },

      'partner.updated': {
        partner: (a) => {
          const name = a.partnerName ?? 'organisasi Anda';
          const changes = a.payload.changes ?? [];
          const fields = changes.length === 0 ? 'profil' : changes.map((change) => labelOf(id.partnerProfileFields, change)).join(', ');
          return {
            title: `Profil mitra ${name} diperbarui`,
            body: [
              [
                `Data ${fields} ${name} telah diperbarui pada ${a.when}.`,
                a.payload.capacityFreed
                  ? 'Karena kapasitas bertambah, sistem akan mencarikan koperasi yang masih menunggu mitra.'
                  : 'Jika Anda tidak melakukan perubahan ini, segera hubungi Dinas Koperasi.',
              ],
            ],
          };
        },
      },
    },
  },
  accountEmails: {
    invitation: (a) => {
      const as =
        a.role === 'COOPERATIVE'
          ? `pengurus ${a.cooperativeName ?? 'koperasi'}`
          : a.role === 'PARTNER'
            ? `pengguna mitra ${a.partnerName ?? ''}`.trim()
            : a.role === 'REVIEWER'
              ? `peninjau pembiayaan (tahap ${a.stages})`
              : 'admin dinas koperasi';
      return {
        subject: 'Undangan ke sistem Koperasi Desa/Kelurahan Merah Putih',
        text: [
          `Anda diundang sebagai ${as} dalam sistem pembiayaan dan kemitraan Koperasi Desa/Kelurahan Merah Putih.`,
          '',
          `Buat kata sandi Anda melalui tautan berikut (hanya dapat dipakai sekali, berlaku sampai ${a.expires}):`,
          a.link,
          '',
          `Melalui API: POST /v1/invitations/accept dengan {"token": "${a.token}", "password": "..."}.`,
          'Jika Anda tidak mengharapkan undangan ini, abaikan email ini.',
        ].join('\n'),
      };
    },
    passwordReset: (a) => ({
      subject: 'Atur ulang kata sandi Anda',
      text: [
        'Kami menerima permintaan untuk mengatur ulang kata sandi akun Anda.',
        '',
        `Buat kata sandi baru melalui tautan berikut (hanya dapat dipakai sekali, berlaku sampai ${a.expires}):`,
        a.link,
        '',
        `Melalui API: POST /v1/auth/password-reset/confirm dengan {"token": "${a.token}", "password": "..."}.`,
        'Setelah kata sandi diganti, semua sesi lama akan keluar. Jika Anda tidak memintanya, abaikan email ini: kata sandi Anda tidak berubah.',
      ].join('\n'),
    }),
  },
};
