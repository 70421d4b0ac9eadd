"""The free-form revocation detector's specification: a case table, properties and the goals.

The case table below is a representative subset (the full labelled corpus is package data,
``heed/data/revocation_corpus.tsv``, scored by ``heed.evaluation``); ``band`` is what an account
with the default thresholds does: ``apply`` (≥ 0.9), ``review`` (0.5–0.9) or ``ignore``.
The last tests run the harness and fail when a goal of issue #7 regresses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heed.core import detection_tables as tables
from heed.core import keyword_tables
from heed.core.detection import Detection, detect
from heed.core.keywords import KeywordConfig, ListTrigger, match_keywords
from heed.evaluation import (
    FCC_FORMATS,
    FCC_WORDS,
    Report,
    check_fcc_words,
    default_ham_path,
    evaluate_corpus,
    format_report,
    load_corpus,
    load_ham,
    load_overrides,
    run_default,
)
from helpers.cues import with_and_without_cues

# Round 18's shapes, each with the rule that must read it (not the word classes or the model:
# every sentence is long enough that the word classes read only stop-and-call pairs)
ROUND_18 = (
    (
        "Já falei com a central várias vezes e exijo a exclusão dos meus dados pessoais do"
        " cadastro de vocês.",
        "pt.r18_exclusao_dos_dados",
    ),
    (
        "As ligações são para o antigo dono da linha, peço a remoção do telefone imediatamente.",
        "pt.r18_exclusao_dos_dados",
    ),
    (
        "Continuam mandando promoções, por isso peço minha exclusão da lista de contatos de vocês.",
        "pt.r18_minha_exclusao",
    ),
    (
        "Já pedi que excluíssem meu cadastro do sistema de vocês e nada foi feito até agora.",
        "pt.r18_pedi_tirar_cadastro",
    ),
    (
        "Alguém abriu uma conta no aplicativo com o meu endereço, quero cancelar meu e-mail desse"
        " aplicativo.",
        "pt.r18_cancelar_meu_contato",
    ),
    (
        "O boleto é pago pelo site todo mês, então parem de me enviar cartas de cobrança pelo"
        " correio.",
        "pt.r18_parem_de_enviar",
    ),
    (
        "Vocês ligam no meu trabalho e eu não quero receber nenhum tipo de contato desta empresa.",
        "pt.r18_nao_quero_receber_contato",
    ),
    (
        "Faz meses que fico recebendo os e-mails de outra pessoa que cadastrou o endereço errado.",
        "pt.r18_de_outra_pessoa",
    ),
)

# Round 22 (collected-v22 dev, Indonesian reviews of a loan app): each shape its own entry reads,
# in sentences written for the test (no corpus row), long enough that only a phrase can read them
ROUND_22 = (
    (
        "Pengajuan ditolak terus padahal data lengkap, mohon hapus data pribadi saya dari sistem.",
        "id.r22_minta_hapus_data",
    ),
    (
        "Saya tidak pernah pinjam di aplikasi ini, nomor hp saya tolong dihapus dari kalian.",
        "id.r22_minta_hapus_data",
    ),
    (
        "Sudah saya bayar lunas bulan lalu, jadi jangan sampai ada yang telpon saya lagi ya.",
        "id.r22_jangan_ada_telpon",
    ),
    (
        "Saya selalu bayar tepat waktu, tolong jangan menagih kalau belum jatuh tempo ya kak.",
        "id.r22_jangan_sebelum_tempo",
    ),
    (
        "Penagihnya nelpon dari minggu lalu, nanti aja pas tanggalnya, jangan sebelumnya dong.",
        "id.r22_jangan_sebelum_tempo",
    ),
    (
        "Setiap hari ditawari pinjaman padahal udah gw bilangin kalo gw gak butuh sama sekali.",
        "id.r22_sudah_bilang_tidak_minat",
    ),
    (
        "Bukan saya yang minjem di aplikasi ini, kenapa nomor saya di telpon terus setiap hari.",
        "id.r22_bukan_saya_yang_pinjam",
    ),
    (
        "Saya bukan kontak darurat orang itu tapi tiap hari ditagih lewat telepon sama kalian.",
        "id.r22_bukan_saya_yang_pinjam",
    ),
    (
        "Yang pinjam teman saya sendiri, jadi tolong jangan ganggu keluarga saya di rumah.",
        "id.r22_jangan_ganggu_keluarga",
    ),
    (
        "Sudah lunas dari kemarin sore dan saya tidak mau dapat telepon dari kalian lagi.",
        "id.r22_tidak_mau_dapat_telpon",
    ),
    (
        "Saya tidak punya pinjaman apa pun di sini, mohon untuk tidak menghubungi saya lagi.",
        "id.r22_mohon_tidak_menghubungi",
    ),
    (
        "Pinjamannya sudah saya tutup bulan ini, kalau masih nelpon juga saya laporin ke OJK.",
        "id.r22_kalau_masih_nelpon_lapor",
    ),
    (
        "Saya tidak pernah daftar di aplikasi kalian, tidak usah kirim pesan promo lagi ya.",
        "id.r22_jangan_kirim_wa",
    ),
    (
        "Saya tidak pernah daftar di aplikasi kalian, tolong keluarkan nomor saya dari daftar.",
        "id.r22_keluarkan_nomor",
    ),
    (
        "Teman kantor saya yang pinjam, tolong nomor saya jangan dijadikan kontak darurat lagi.",
        "id.r22_bukan_kontak_darurat",
    ),
    (
        "Saya tidak pernah daftar di aplikasi kalian, jadi stop kasih promo lewat wa setiap hari.",
        "id.r22_stop_penawaran_lewat_telpon",
    ),
)


# Round 21 (tune24, written blind): one own sentence per new entry, read by that entry
ROUND_21 = (
    (
        "Solicito a imediata interrupção das ligações e mensagens.",
        "pt.r21_interrupcao_das_ligacoes",
    ),
    ("Quero parar de receber essas ofertas por SMS.", "pt.r21_parar_de_receber"),
    ("Já pedi várias vezes para pararem e continuam.", "pt.r21_pedi_para_pararem"),
    ("Pedi para que não me ligassem mais e nada adiantou.", "pt.r21_nao_me_ligassem"),
    ("Não retiram meu número da lista, já pedi mil vezes.", "pt.r21_nao_retiram_meu_numero"),
    ("Peço que removam meu nome e telefone do cadastro de vocês.", "pt.r21_meu_nome_e_dados"),
    ("Solicito a exclusão deste endereço de e-mail da base de vocês.", "pt.r21_deste_endereco"),
    ("Esqueçam o meu telefone, por favor.", "pt.r21_esquecam_meu_numero"),
    (
        "Não quero que eu nem minha família sejamos mais perturbados por essas ligações.",
        "pt.r21_nao_sejam_perturbados",
    ),
    ("Não dei autorização para usarem meu número.", "pt.r21_nao_autorizei_meu_numero"),
    (
        "Quero que cancelem as ligações de telemarketing para o meu número.",
        "pt.r21_cancelem_as_ligacoes",
    ),
    ("Bloqueiem meu número no sistema de ligações automáticas.", "pt.r21_bloqueiem_no_sistema"),
    (
        "Quero que meus dados sejam excluídos do banco de dados de vocês.",
        "pt.r21_dados_sejam_excluidos",
    ),
    (
        "Estoy registrado en el Registro Público para Evitar Publicidad y aun así me llaman.",
        "es.r21_registro_publico",
    ),
    (
        "Llaman a mis familiares para cobrar una deuda que no es mía, que dejen de acosarlos.",
        "es.r21_dejen_a_mi_familia",
    ),
    ("Pedí que dejaran de llamarme y no hacen caso.", "es.r21_que_dejaran"),
    ("La app envía mensajes amenazantes a mis contactos, que paren ya.", "es.r21_exijo_que_paren"),
    ("Quiero darme de baja del servicio de internet.", "es.r21_baja_del_servicio"),
    ("Saya tidak pernah memberi izin nomor saya dipakai.", "id.r21_tidak_pernah_izin"),
    (
        "Tolong blokir nomor saya dari sistem penagihan kalian, saya bukan nasabah.",
        "id.r21_blokir_nomor_dari",
    ),
    (
        "Saya tidak pernah pinjam, kenapa nomor saya terus dihubungi?",
        "id.r21_kenapa_nomor_dihubungi",
    ),
    ("Saya bukan orang yang kalian cari, salah sambung.", "id.r21_salah_sambung"),
    ("Por favor, parem de entrar em contato comigo.", "pt.r21_parem_de_entrar_em_contato"),
    ("Quero ser removido da lista de telemarketing de vocês.", "pt.r21_quero_ser_removido"),
    ("Quero que o meu número seja bloqueado para ofertas.", "pt.r21_numero_seja_bloqueado"),
    ("Me ligam de madrugada, não aguento mais, quero que isso pare.", "pt.r21_quero_que_isso_pare"),
    ("Deixem meus pais em paz, eles não devem nada.", "pt.r21_parem_com_a_familia"),
    (
        "Ese número no es de la persona que buscan, es mío desde hace años.",
        "es.r21_no_es_la_persona",
    ),
    ("Ya me di de baja y me siguen mandando SMS.", "es.r21_baja_y_siguen"),
    (
        "Saya tidak pernah daftar di aplikasi ini, kenapa terus di telpon?",
        "id.r21_kenapa_saya_ditelpon",
    ),
    (
        "Nomor saya dijadikan kontak darurat tanpa izin, tolong hapus.",
        "id.r21_dijadikan_kontak_darurat",
    ),
    ("DC nya neror keluarga saya, tolong hentikan", "id.r21_tolong_hentikan"),
    ("tolong nomor saya dikeluarkan dari daftar kalian", "id.r21_nomor_dihapus"),
    ("mohon agar nomor saya tidak dihubungi lagi", "id.r21_agar_tidak_dihubungi"),
    ("Essas ligações precisam parar, é todo dia a mesma coisa.", "pt.r21_ligacoes_precisam_parar"),
    (
        "Estou sendo perseguida por ligações de cobrança de uma dívida que não é minha.",
        "pt.r21_nao_sou_o_devedor",
    ),
    (
        "Por favor quiten de su base de datos mi número de celular.",
        "es.r21_quiten_de_la_lista_mi_numero",
    ),
    ("Yo no soy la deudora que buscan.", "es.r21_no_soy_el_deudor"),
    (
        "Peço que parem de fazer essas ligações para o meu trabalho.",
        "pt.r21_parem_de_fazer_ligacoes",
    ),
    (
        "Quero a garantia de que meus dados não serão mais utilizados.",
        "pt.r21_dados_nao_serao_usados",
    ),
    ("Favor excluir da base de vocês o meu telefone.", "pt.r21_retirem_do_cadastro_meu_numero"),
    (
        "Sou importunada diariamente por ligações de telemarketing, solicito providências"
        " para que cessem.",
        "pt.r21_para_que_cessem",
    ),
    ("Exijo que meu telefone deixe de ser contatado.", "pt.r21_deixe_de_ser_contatado"),
    ("Parem de usar robôs para me ligar.", "pt.r21_parem_com_a_perseguicao"),
    ("Quero ficar livre dessas ligações.", "pt.r21_livre_das_ligacoes"),
    ("Me retirem de todas as listas de ofertas.", "pt.r21_de_todas_as_listas"),
    ("Ya no me estén marcando por favor.", "es.r21_no_me_esten_marcando"),
    (
        "Me siguen llegando correos aunque cancelé la suscripción.",
        "es.r21_aunque_cancele_la_suscripcion",
    ),
    ("Saya keberatan ditelepon terus setiap hari.", "id.r21_keberatan_ditelepon"),
)

# Round 24's shapes (app-store reviews asking sales callers to stop; written for this test,
# no corpus row's text), each with the rule that must read it
ROUND_24 = (
    (
        "They ring me every morning about a course, can you please stop calling so often.",
        "en.r24_please_stop_calling",
    ),
    (
        "I have blocked five numbers already. Stop calling from new numbers!",
        "en.r24_please_stop_calling",
    ),
    ("Your counsellors phone me daily, stop call me please.", "en.r24_please_stop_calling"),
    ("Stop calling and messaging me about the premium plan.", "en.r24_please_stop_calling"),
    (
        "Good lectures but the sales team really needs to stop calling.",
        "en.r24_they_must_stop_calling",
    ),
    (
        "I only opened the app once to check the syllabus. Please don't call me for courses.",
        "en.r24_dont_call_me",
    ),
    ("The app is fine. Just don't call me.", "en.r24_dont_call_me"),
    (
        "I already bought a book elsewhere, do not call me from different numbers.",
        "en.r24_dont_call_me",
    ),
    ("My exam is next week and I request you to stop these sales calls.", "en.r24_stop_calls"),
    ("No more calls from your advisors about the loan please.", "en.r24_stop_calls"),
    (
        "Please stop disturbing students with calls about the new batch.",
        "en.r24_disturb_with_calls",
    ),
    (
        "We had informed the sales executives not to call, nothing changed.",
        "en.r24_told_the_x_not_to_call",
    ),
    (
        "Even after we said not to call, the calls come from new numbers.",
        "en.r24_told_the_x_not_to_call",
    ),
    (
        "Your executives are calling every hour to push a subscription, don't do this.",
        "en.r24_calling_dont_do_this",
    ),
    ("I do not want any calls about the offer, the course was enough.", "en.r24_dont_want_calls"),
    ("I passed the exam already. Don't call my number again.", "en.r24_dont_call_me"),
    (
        "How many times do I have to tell your counsellors to stop calling?",
        "en.r24_told_the_x_not_to_call",
    ),
    ("I have no money for a course so stop calling every evening.", "en.r24_please_stop_calling"),
    ("Their advisors ring me twice a day, tell them to stop.", "en.r24_told_the_x_not_to_call"),
    (
        "They send me too many messages about the sale every day please stop",
        "en.r24_calling_dont_do_this",
    ),
)

# Round 27 (collected-v27 dev, Indonesian reviews of a paylater app, a carrier and bank apps;
# round 22's spent holdout read too): each shape with the rule that must read it, in sentences
# written for this test (no corpus row), long enough that only a phrase can read them
ROUND_27 = (
    (
        "Saya kerja dari pagi sampai malam, tolong jangan tiap hari nelpon saya soal limit.",
        "id.r27_jangan_terus_telpon",
    ),
    (
        "Saya gak minat pinjam apa pun, gk usah terus2an telfon ke nomor saya ya kak.",
        "id.r27_jangan_terus_telpon",
    ),
    (
        "Mohon diperhatikan ya min. Untuk tidak menelfon saya lagi soal kartu kredit itu.",
        "id.r27_minta_tidak_menelpon",
    ),
    (
        "Cicilan saya sudah lunas semua, saya harap petugas kalian tidak meneror keluarga saya.",
        "id.r27_minta_tidak_menelpon",
    ),
    (
        "Saya sudah punya kartu kredit dari bank lain, ga usa kirim2 penawaran lagi ya.",
        "id.r27_jangan_kirim_info",
    ),
    (
        "Aplikasinya bagus tapi saya benar benar tidak mau dikirimi promo lewat sms terus.",
        "id.r27_tidak_mau_dikirimi",
    ),
    (
        "Tolong tutup akun saya sekarang juga karena tiap hari ditelpon marketing kalian.",
        "id.r27_tutup_akun_karena_telpon",
    ),
    (
        "Sudah dua kali saya komplain lewat email tapi masih aja di sms soal asuransi itu.",
        "id.r27_sudah_bilang_masih_nelpon",
    ),
    (
        "Saya tidak pernah punya utang di aplikasi ini, jadi jgn ganggu saya lagi ya.",
        "id.r27_jangan_ganggu_saya",
    ),
    (
        "Saya sudah tidak pakai aplikasi ini lagi, jangan kontak saya lagi untuk promo.",
        "id.r27_jangan_kontak",
    ),
    (
        "Saya tidak pernah daftar di aplikasi ini, tolong hapus saya dari daftar kalian.",
        "id.r27_hapus_saya_dari_daftar",
    ),
    (
        "Setiap pagi masuk pesan promo terus ke hp, tolong matikan sms promo nya ya kak.",
        "id.r27_matikan_sms_promo",
    ),
    (
        "Pulsa saya kepotong tiap minggu, tolong unreg semua sms premium di nomor saya.",
        "id.r27_unreg_sms",
    ),
    (
        "Saya tidak pernah daftar kartu kredit, mohon telpon penawaran nya dihentikan segera.",
        "id.r27_telpon_dihentikan",
    ),
    (
        "Saya sibuk kerja dari pagi, tolong jangan di call terus sama marketing kalian.",
        "id.ulasan_jangan_telpon",
    ),
    # round 22's entries, widened by the spent round 22 holdout's misses: a reminder named
    # before its channel, a one-star threat, "data2", "hapuss ga" (a demand)
    (
        "Kalau saya sudah bayar tepat waktu, jangan ada pengingat lewat wa lagi dong.",
        "id.r22_jangan_ada_telpon",
    ),
    (
        "Aplikasi ini kerjanya cuma spam, kalau masih nelpon terus saya kasih bintang 1.",
        "id.r22_kalau_masih_nelpon_lapor",
    ),
    (
        "Marketingnya bohong semua soal bunga pinjaman, mohon data2 saya di hapus segera.",
        "id.r22_minta_hapus_data",
    ),
    (
        "Saya tidak jadi pinjam di sini dan sudah uninstall, hapuss ga nomor saya dari sana.",
        "id.ulasan_hapus_nomor",
    ),
    # round 27's spellings of the call and the "don't" in the shared classes
    (
        "Saya tidak pernah pinjam uang di sini, kagak usah telefon saya lagi ya kalian.",
        "id.ulasan_jangan_telpon",
    ),
)

# ... and what each must not read: the writer's own purpose or calls to the company, advice to
# other users, false offers, fewer calls, an account closed for another reason, adverts
ROUND_27_NOT = (
    (
        "Saya tidak mau dikirim barang yang salah lagi seperti pesanan bulan lalu.",
        "id.r27_tidak_mau_dikirimi",
    ),
    (
        "Waktu daftar jangan kontak darurat diisi asal asalan ya teman teman semua.",
        "id.r27_jangan_kontak",
    ),
    (
        "Tolong proses penarikan dana nya jangan di stop tengah jalan seperti kemarin.",
        "id.r27_telpon_dihentikan",
    ),
    (
        "Sudah saya nonaktifkan sms promo dari pengaturan tapi tetap masuk setiap hari.",
        "id.r27_matikan_sms_promo",
    ),
    ("Tolong unreg paket internet saya yang salah beli kemarin sore.", "id.r27_unreg_sms"),
    ("Gimana cara unreg sms banking BNI dari aplikasi ini, tolong dibantu.", "id.r27_unreg_sms"),
    (
        "Saya selalu bayar tepat waktu setiap bulan agar tidak ditelpon.",
        "id.r27_minta_tidak_menelpon",
    ),
    (
        "Mohon dibantu ya, cs tidak menghubungi saya sampai sekarang padahal sudah janji.",
        "id.r27_minta_tidak_menelpon",
    ),
    (
        "Tolong diperbaiki aplikasinya biar tidak telpon cs terus setiap ada masalah.",
        "id.r27_minta_tidak_menelpon",
    ),
    (
        "Saran saya jangan pernah telpon cs nya, percuma tidak dibantu apa apa.",
        "id.r27_jangan_terus_telpon",
    ),
    (
        "Jangan asal nawarin limit besar kalau ujungnya pengajuan saya ditolak terus.",
        "id.r27_jangan_terus_telpon",
    ),
    (
        "Jangan sering2 telpon ya, cukup sehari sekali saja kalau mau menagih.",
        "id.r27_jangan_terus_telpon",
    ),
    (
        "Jangan kirim info palsu ke pengguna soal bunga nol persen di aplikasi ini.",
        "id.r27_jangan_kirim_info",
    ),
    (
        "Tolong tutup akun saya karena aplikasinya tidak bisa login dari kemarin.",
        "id.r27_tutup_akun_karena_telpon",
    ),
    (
        "Akun sudah saya hapus kemarin tapi masih ditelpon terus sampai sekarang.",
        "id.r27_tutup_akun_karena_telpon",
    ),
    (
        "Saya sudah lapor ke cs tapi masih belum ada solusi sampai hari ini.",
        "id.r27_sudah_bilang_masih_nelpon",
    ),
    (
        "Sudah komplain dari minggu lalu tapi tetap chat cs gak dibalas juga.",
        "id.r27_sudah_bilang_masih_nelpon",
    ),
    (
        "Aplikasinya lambat, jangan ganggu saya dengan iklan pop up setiap buka menu.",
        "id.r27_jangan_ganggu_saya",
    ),
    (
        "Tolong hapus saya dari grup komunitas pengguna yang dibuat admin kemarin.",
        "id.r27_hapus_saya_dari_daftar",
    ),
)

# Round 25's shapes (complaints to South African insurers about sales calls, SMSes and post;
# written for this test, no corpus row's text), each with the rule that must read it
ROUND_25 = (
    ("Do not phone me about gap cover ever again, thanks.", "en.r25_dont_call_me_for"),
    (
        "I have a policy already so please don't ring me with another quote, it wastes my time.",
        "en.r25_dont_call_me_for",
    ),
    ("And don't you dare call me to ask how the service was.", "en.r25_dont_call_me_for"),
    ("Kindly take my number of your call list.", "en.r25_off_the_list_misspelt"),
    ("Just remove me from you database, I never asked for this.", "en.r25_off_the_list_misspelt"),
    ("Stop posting us brochures about the new funeral plan.", "en.r25_stop_sending_post"),
    (
        "I am no longer interested in receiving the monthly member newsletters.",
        "en.r25_not_interested_in_receiving",
    ),
    ("I do not wish to be phoned at work by your brokers.", "en.r25_not_be_phoned"),
    ("We are fed up with all these telemarketing calls.", "en.r25_tired_of_calls"),
    (
        "We informed the sales lady twice that we are not interested in a funeral plan.",
        "en.r25_told_them_not_interested",
    ),
    (
        "I politely declined the upgrade, yet the broker kept phoning all week.",
        "en.r25_declined_still_calling",
    ),
    ("Kindly refrain from phoning me at the office.", "en.r25_refrain_from_contacting"),
    # round 24's rules, read with the verbs of calling South Africans write
    ("Please don't phone me again, I have cover.", "en.dont_call_again"),
    ("The broker needs to stop phoning.", "en.r24_they_must_stop_calling"),
    ("So please stop phoning, I said no.", "en.r24_please_stop_calling"),
    ("Just don't phone me on my number.", "en.r24_dont_call_me"),
)

# Round 29's shapes (reviews of UK and Australian operators, tweets to Safaricom; written for
# this test, no corpus row's text), each with the rule that must read it
ROUND_29 = (
    (
        "They keep ringing me about upgrades though I told them on several occasions not to do"
        " this.",
        "en.r29_asked_before",
    ),
    (
        "Despite the cold calls I have told them two or three times to stop doing this.",
        "en.r29_asked_before",
    ),
    ("I've requested umpteen times for the call centre to stop ringing.", "en.r29_asked_before"),
    (
        "Their agents still ring after I left, please delete my contacts.",
        "en.r29_remove_my_contacts",
    ),
    ("Three promo texts after midnight again. Let me sleep!", "en.r29_let_me_sleep"),
    ("Your alerts come at 3am every day, stop waking me up.", "en.r29_let_me_sleep"),
    ("Despite asking them repeatedly to stop, the calls continue.", "en.r29_asked_before"),
    ("They still ring despite my requests to stop.", "en.r29_asked_before"),
    (
        "I have told them so many times that I'm not interested, they still call every week.",
        "en.r29_told_not_interested",
    ),
    ("I told them I didn't want to be contacted again.", "en.r29_told_not_interested"),
    ("I do not want any contact from you.", "en.r29_no_contact"),
    ("My number is registered with TPS and they still ring.", "en.r29_tps"),
    ("@operator when will these 40404 texts stop?", "en.r29_messages_to_the_operator"),
    (
        "Can you stop these betting firms from sending me adverts",
        "en.r29_messages_to_the_operator",
    ),
    ("Your promotional messages are becoming a nuisance.", "en.r29_messages_to_the_operator"),
    ("They've ignored every request I've made to stop the calls.", "en.r29_asked_before"),
    ("They called again today after I specifically asked them not to.", "en.r29_asked_before"),
    ("I have asked a hundred times to be left alone.", "en.r29_asked_before"),
    (
        "They keep calling me even after I've told them countless times that I'm not interested.",
        "en.r29_told_not_interested",
    ),
    # ("Don't ring me again." is dont_call_again's since round 25 taught it "ring")
    ("Don't ring my mobile about upgrades.", "en.r29_dont_ring_me"),
    ("I left Three two years ago and they still call me weekly.", "en.r29_left_still_contacted"),
    ("Ex-customer here, they won't stop calling.", "en.r29_left_still_contacted"),
    ("They promised to stop calling but didn't.", "en.r29_promised_to_stop"),
)

# Round 33's shapes (reviews of US insurers, a car-warranty seller and online shops; written
# for this test, no corpus row's text), each with the rule that must read it, at review
ROUND_33 = (
    ("Please remove me from all future marketing.", "en.r33_off_your_marketing"),
    ("Take my number off all your advertising.", "en.r33_off_your_marketing"),
    (
        "I told several of your sales reps to stop calling my house.",
        "en.r33_told_your_people_to_stop",
    ),
    ("They text and email me daily. Do not harass me.", "en.r33_dont_harass_me"),
    ("Stop sending so many text adverts.", "en.r33_stop_sending_so_many"),
    (
        "I cancelled the box and unsubscribed from the subscription.",
        "en.r33_unsubscribe_subscription",
    ),
)

# what only looks like round 33's shapes: the rule must not read it
ROUND_33_NOT = (
    ("Remove my name from the marketing budget report.", "en.r33_off_your_marketing"),
    ("I told your agents to stop charging my card.", "en.r33_told_your_people_to_stop"),
    ("We don't harass our customers.", "en.r33_dont_harass_me"),
    ("Stop sending so many parcels in separate boxes.", "en.r33_stop_sending_so_many"),
    ("Unsubscribe me from the email subscription.", "en.r33_unsubscribe_subscription"),
)

# Round 37's shapes (French reviews of insurers; written for this test, no corpus row's text),
# each with the rule that must read it, at review
ROUND_37 = (
    ("Arrêtez de me solliciter pour vos contrats obsèques.", "fr.r37_arretez_de_me_contacter"),
    ("Cessez de nous démarcher avec vos offres de mutuelle.", "fr.r37_arretez_de_me_contacter"),
    (
        "Je ne souhaite pas être démarché par vos conseillers.",
        "fr.r37_ne_souhaite_pas_etre_contacte",
    ),
    (
        "Nous ne voulons pas qu'on nous contacte pour un devis.",
        "fr.r37_ne_souhaite_pas_etre_contacte",
    ),
    ("J'ai demandé à ce qu'on ne me rappelle plus pour cette offre.", "fr.dit15_ne_plus_appeler"),
    ("Trois appels ce matin, merci de me laisser tranquille.", "fr.fichez_moi_la_paix"),
    ("Après ce devis, laissez-nous en paix svp.", "fr.fichez_moi_la_paix"),
    ("Je demande à ne plus être contactée par votre service commercial.", "fr.ne_plus_recevoir"),
    # widened from round 37's spent holdout: the infinitive for the participle, as typed; "à
    # la paix"; the request named as a noun, or a removal asked before
    ("Je ne souhaite pas être contacter par votre agence.", "fr.r37_ne_souhaite_pas_etre_contacte"),
    ("Je demande à ne plus être appeler par vos vendeurs.", "fr.ne_plus_recevoir"),
    ("Foutez-moi à la paix avec vos sondages.", "fr.fichez_moi_la_paix"),
    ("J'avais demandé à être rayée de vos fichiers.", "fr.dit15_ne_plus_appeler"),
    (
        "Malgré ma demande écrite de ne pas être démarché, ils rappellent.",
        "fr.dit15_ne_plus_appeler",
    ),
)

# what only looks like round 37's shapes: the rule must not read it
ROUND_37_NOT = (
    ("Depuis la résiliation ils me laissent enfin tranquille.", "fr.fichez_moi_la_paix"),
    ("J'ai signalé qu'il ne me rappelle plus depuis un mois.", "fr.dit15_ne_plus_appeler"),
    ("Le gestionnaire ne me recontacte plus.", "fr.dit15_ne_plus_appeler"),
    (
        "Si je ne souhaite pas être contacté, je dois cocher la case.",
        "fr.r37_ne_souhaite_pas_etre_contacte",
    ),
    ("Je ne veux pas être rappelé à l'ordre.", "fr.r37_ne_souhaite_pas_etre_contacte"),
    ("J'espère ne pas être harcelé au téléphone.", "fr.r37_ne_souhaite_pas_etre_contacte"),
    ("Arrêtez de contacter mes clients avec vos offres.", "fr.r37_arretez_de_me_contacter"),
    (
        "Ma demande de ne pas être débité deux fois est restée sans réponse.",
        "fr.dit15_ne_plus_appeler",
    ),
    ("J'ai demandé à être retiré du contrat de mon ex.", "fr.dit15_ne_plus_appeler"),
)

# Round 39 (reviews of cheque printers, a cash-advance app and energy suppliers; written for
# this test, no corpus row's text): what a buyer opts out of at a checkout, a data sale opted
# out of on the reader's behalf, a company that does not get in touch: the rule named no longer
# reads it, and the review queue never sees it (test_round_39_lookalikes_leave_review)
ROUND_39_NOT = (
    ("The site let me opt out of the add-ons and the shipping upgrade.", "en.opt_out"),
    ("It would not let me opt out of the extended warranty.", "en.opt_out"),
    ("No way to opt out of the monthly reorder program.", "en.opt_out"),
    ("I usually opt out of the tip when I borrow.", "en.opt_out"),
    ("So many upsells you have to opt out of before paying.", "en.opt_out"),
    ("Remember to opt out of them sharing your data with partners.", "en.opt_out"),
    ("I opted out of arbitration when I signed.", "en.already_opted_out"),
    ("They do not contact me to book the engineer.", "en.dont_contact"),
    ("They never email me back to explain the charges.", "en.dont_contact"),
    # from round 39's spent holdout
    ("So many hidden fees that you have to opt out of at checkout.", "en.opt_out"),
    ("There is a handling fee they won't let you opt out of.", "en.opt_out"),
    ("I had to opt out of three extra options before paying.", "en.opt_out"),
    ("I wish the delivery delays would stop.", "en.want15_calls_to_stop"),
)

# ... while the requests beside them are still read: text, the rule, the band
ROUND_39_STILL = (
    ("Opt me out of your text program.", "en.opt_out", "apply"),
    ("I want to opt out of the program.", "en.opt_out", "apply"),
    ("Opt out of the daily tips.", "en.opt_out", "review"),
    ("How do I opt out of shipping notifications?", "en.how_unsubscribe", "review"),
    ("I opted out of the deal alerts.", "en.already_opted_out", "review"),
    ("Do not contact me to arrange anything, I'm not interested.", "en.dont_contact", "review"),
    ("Please close my account.", "en.delete_my_account", "review"),
    ("I like the checks, but I wish your emails would stop.", "en.want15_calls_to_stop", "review"),
)

# Round 47's shapes (tweets to an Indian operator and South African banks, reviews of a ride
# app; written for this test, no corpus row's text), each with the rule that must read it, at
# review
ROUND_47 = (
    ("Please don't bother sending us any more newsletters.", "en.r47_dont_bother_sending"),
    (
        "I have closed the account, so do not bother sending me promos.",
        "en.r47_dont_bother_sending",
    ),
    (
        "Another cold call today. I do not want to speak to your sales agents.",
        "en.r47_dont_want_call_centre",
    ),
    ("We don't want to talk to your call center anymore.", "en.r47_dont_want_call_centre"),
    # from round 47's spent holdout
    ("I paid too much again, so please don't bother to contact me.", "en.r47_dont_bother_sending"),
)

# what only looks like round 47's shapes: the rule must not read it
ROUND_47_NOT = (
    ("Don't bother sending me an email saying sorry.", "en.r47_dont_bother_sending"),
    ("Don't bother sending me the documents, I have them.", "en.r47_dont_bother_sending"),
    ("Don't bother messaging me, read my other tweets.", "en.r47_dont_bother_sending"),
    ("I don't want to talk to your call centre, I want a manager.", "en.r47_dont_want_call_centre"),
    ("I don't want to speak to the call center about my claim.", "en.r47_dont_want_call_centre"),
)

# Round 51 (tweets to Telkomsel): its promotional SMS, calls and pop-up adverts switched off
# or stopped, asked for, asked how, or asked as a yes-no question; all at review
ROUND_51 = (
    ("Tolong matiin sms nya ya min, sehari bisa lima kali masuk.", "id.r51_matikan_sms"),
    ("Gimana cara menghentikan telpon dari call center ini?", "id.r51_matikan_sms"),
    ("Plis hilangkan pop up iklan yang muncul tiap buka hp.", "id.r51_matikan_sms"),
    ("Matiin sms penawaran kalian dong, ganggu banget.", "id.r51_matikan_sms"),
    ("Pesan penawaran nya bisa dimatikan gak sih?", "id.r27_telpon_dihentikan"),
    ("Min, sms promo ini bisa gak dihentikan? Ganggu banget.", "id.r27_telpon_dihentikan"),
    (
        "Kalau ada promo baru gak usah lewat telpon ya, cukup di aplikasi.",
        "id.r22_stop_penawaran_lewat_telpon",
    ),
    # from round 51's spent holdout
    ("Tolong bantu saya menghentikan sms promo ini.", "id.r51_matikan_sms"),
    ("Permintaan blacklist sms saya kok belum diproses?", "id.r51_blacklist_sms"),
)

# ... and what only looks like them: the writer's own failed try, settings, a package, hanging
# up, an app's own adverts, instructions
ROUND_51_NOT = (
    ("Saya sudah coba tapi gak bisa matiin sms promo dari aplikasi.", "id.r51_matikan_sms"),
    ("Cara matikan sms banking di aplikasi ini gimana ya?", "id.r51_matikan_sms"),
    ("Tolong matiin telpon nya dulu, aku lagi rapat.", "id.r51_matikan_sms"),
    ("Gimana cara menghentikan panggilan tunggu di kartu ini?", "id.r51_matikan_sms"),
    ("Cara menghilangkan iklan di hp baru gimana ya?", "id.r51_matikan_sms"),
    ("Paket nelpon saya bisa dihentikan gak?", "id.r27_telpon_dihentikan"),
    ("SMS promo bisa dihentikan dengan ketik UNREG ke nomor layanan.", "id.r27_telpon_dihentikan"),
    ("Kenapa sms nya gak bisa di stop ya?", "id.r27_telpon_dihentikan"),
    ("Jangan percaya promo lewat wa, itu penipuan.", "id.r22_stop_penawaran_lewat_telpon"),
    ("Nomor saya kena blacklist bank gara gara telat bayar.", "id.r51_blacklist_sms"),
)

# Round 53's shapes (tweets about South African and Kenyan banks; written for this test, no
# corpus row's text), each with the rule that must read it, at review
ROUND_53 = (
    ("@Bank don't cold call me about your funeral cover.", "en.r53_dont_cold_call"),
    ("Please stop cold-calling my number, I said no twice.", "en.r53_dont_cold_call"),
    ("Do not ever cold phone us to sell overdrafts!", "en.r53_dont_cold_call"),
    ("Being spammed by texts from my insurer again.", "en.flooded_with"),
    ("Getting spammed by your promo emails every morning.", "en.flooded_with"),
)

# what only looks like round 53's shapes: the rule must not read it
ROUND_53_NOT = (
    ("They don't cold call me, they only send letters.", "en.r53_dont_cold_call"),
    ("As an agent I never cold call clients.", "en.r53_dont_cold_call"),
    ("Brokers who never cold call us get our business.", "en.r53_dont_cold_call"),
    ("Stop cold calling people and fix your app.", "en.r53_dont_cold_call"),
    ("Flooded by messages of support after the op, thank you!", "en.flooded_with"),
    ("My post got spammed by bot comments.", "en.flooded_with"),
)

# Round 61's shapes (questions to Alipay's and WeBank's customer service about 花呗, 借呗 and
# 微粒贷; written for this test, no corpus row's text): switching off the SMS alerts, reminders
# and notifications, each with the rule that must read it, at review (the alerts may be a paid
# service)
ROUND_61 = (
    ("借呗的还款短信提醒能不能关掉？", "zh.r61_alerts_off"),
    ("微粒贷推送通知可以取消吗", "zh.r61_alerts_off"),
    ("请帮我关掉微粒贷的短信提醒。", "zh.r61_switch_off_alerts"),
    ("可以关闭支付宝付款通知吗", "zh.r61_switch_off_alerts"),
    ("麻烦把借呗的还款提醒关了吧", "zh.r61_ba_alerts_off"),
    ("能不能以后不给我发短信", "zh.r61_ask_not_send"),
    ("微粒贷的还款短信能不能不发", "zh.r61_ask_not_send"),
    ("怎么才能不让支付宝发短信提醒", "zh.r61_ask_not_send"),
    ("把借呗的短信通知关了", "zh.r61_ba_alerts_off"),
    ("已经还清了，不用再提醒我还款了", "zh.r61_no_reminders"),
    ("天天推送这些通知有什么用", "zh.r61_alerts_no_use"),
    ("怎么设置才能不接收微粒贷的消息提醒", "zh.r61_not_receive_alerts"),
    ("借呗的到期短信提醒我不需要了", "zh.r61_alerts_not_needed"),
    ("以后不用给我打电话了", "zh.r61_from_now_on"),
    # the spent holdout's families (tune61b)
    ("钱已经还清了，不用打电话了", "zh.r61_no_calls_needed"),
    ("我能借到了，不需要电话", "zh.r61_no_calls_needed"),
    ("电话就不用打了", "zh.r61_no_calls_needed"),
    ("借呗关掉还款短信提醒", "zh.r61_switch_off_alerts"),
)

# what only looks like round 61's shapes: the SMS verification code, a closure notice, the
# writer's report of having switched them off, someone else to be told, the paid SMS service
# or a fee, the writer's own calls, an alarm
ROUND_61_NOT = (
    ("短信验证码可以取消吗？", "zh.r61_alerts_off"),
    ("怎么关闭短信验证登录", "zh.zenme_quxiao"),
    ("取消短信验证码登录", "zh.quxiao_tongzhi"),
    ("借呗额度关闭通知是什么意思", "zh.r61_switch_off_alerts"),
    ("收到花呗关闭的通知了", "zh.r61_switch_off_alerts"),
    ("关闭花呗会有短信通知吗", "zh.r61_switch_off_alerts"),
    ("我已经关闭了短信提醒", "zh.r61_switch_off_alerts"),
    ("我已经把短信提醒关了", "zh.r61_ba_alerts_off"),
    ("收到短信通知说借款取消了", "zh.r61_alerts_off"),
    ("本人意愿退还短信服务费，关闭短信服务功能", "zh.r61_switch_off_alerts"),
    ("先别通知我妈", "zh.r61_no_reminders"),
    ("还款日不用提醒了吗", "zh.r61_no_reminders"),
    ("给他发提醒有什么用", "zh.r61_alerts_no_use"),
    ("不要收短信服务费", "zh.r61_not_receive_alerts"),
    ("我以后不用打电话给客服了", "zh.r61_from_now_on"),
    ("以后不要打电话给我妈", "zh.r61_from_now_on"),
    ("可以不发短信验证码吗", "zh.r61_ask_not_send"),
    ("可以不让他发短信吗", "zh.r61_ask_not_send"),
    ("为什么短信不发了", "zh.r61_ask_not_send"),
    ("闹钟提醒怎么关", "zh.r61_alerts_off"),
    ("我不用打电话了", "zh.r61_no_calls_needed"),
    ("是不是不用打电话了", "zh.r61_no_calls_needed"),
    ("为什么借款不需要电话审核", "zh.r61_no_calls_needed"),
    ("不用打电话给客服", "zh.r61_no_calls_needed"),
    ("花呗关闭短信通知是什么意思", "zh.r61_switch_off_alerts"),
)

# Session 10's shapes (issue #15: French, German, Spanish, Italian, Dutch, Portuguese and
# Chinese wordings written from the languages, not from a corpus row), each with the rule that
# must read it, at review
# Rounds 65 and 67's shapes (tune6567: questions to Alipay about 花呗/借呗, US CFPB
# complaints; written for this test, no corpus row's text), each with the rule that must read
# it, at review
ROUND_65_67 = (
    ("我想取消借呗每个月还款的短信提醒", "zh.r65_quxiao_alerts"),
    ("如何关闭？借呗的还款提醒", "zh.r65_how_off_then_alerts"),
    ("怎么关掉，花呗，消费通知", "zh.r65_how_off_then_alerts"),
    ("借呗老是发还款短信，怎么关闭", "zh.r65_alerts_then_how_off"),
    ("花呗的消费提醒，能取消吗", "zh.r65_alerts_then_how_off"),
    ("怎么设置借呗不发短信", "zh.r65_set_not_send"),
    ("花呗的通知怎么设置关闭", "zh.r61_alerts_off"),
    (
        "The agency keeps sending me notices i have asked them to stop they also call daily",
        "en.r29_asked_before",
    ),
    ("I asked the agency to stop they continue calling", "en.r29_asked_before"),
    (
        "They call my phone every day and I asked them to stop several times.",
        "en.r29_asked_before",
    ),
    ("A stranger signed up with my email address as theirs.", "en.r67_my_address_as_theirs"),
    ("She put my cell number on her account by mistake.", "en.r67_my_address_as_theirs"),
    ("I don't want the collector to call me at home.", "en.r67_dont_want_them_to_contact"),
    ("I told them several times that he does not live here.", "en.r67_does_not_live_here"),
    ("They ring asking for someone who no longer lives here.", "en.r67_does_not_live_here"),
)

# what only looks like them: a closure without notice, the verification code, a question
# whether it is needed, an SMS not received, the writer's own calls or plans, identity theft
# told otherwise, the writer's own address
ROUND_65_67_NOT = (
    ("借呗无通知关闭了", "zh.r61_alerts_off"),
    ("取消订单后会收到短信通知吗", "zh.r65_quxiao_alerts"),
    ("怎么取消？花呗，验证码短信", "zh.r65_how_off_then_alerts"),
    ("怎么关闭？关闭后有短信通知吗", "zh.r65_how_off_then_alerts"),
    ("没收到短信，怎么取消", "zh.r65_alerts_then_how_off"),
    ("我收到短信通知，借款取消了", "zh.r65_alerts_then_how_off"),
    ("设置不发验证码", "zh.r65_set_not_send"),
    ("I asked them to stop the autopay and they still charge me.", "en.r29_asked_before"),
    ("I call my bank every week and asked them to stop the fees.", "en.r29_asked_before"),
    ("Someone used my number to open an account.", "en.r67_my_address_as_theirs"),
    ("I don't want to call them again.", "en.r67_dont_want_them_to_contact"),
    ("I do not live in the area any more.", "en.r67_does_not_live_here"),
    ("Will you tell me she doesn't live here too?", "en.r67_does_not_live_here"),
)

# Rounds 69 and 71's shapes (tune6971: US CFPB complaints about collection calls; written for
# this test, no corpus row's text), each with the rule that must read it, at review
ROUND_69_71 = (
    ("I don't want them calling me at my job.", "en.r69_not_at_work"),
    ("We don't want the agency calling us at our workplace.", "en.r69_not_at_work"),
    (
        "I explained that I am not permitted to take phone calls at the office.",
        "en.r69_not_at_work",
    ),
    ("My employer doesn't allow personal calls on the floor.", "en.r69_not_at_work"),
    ("I said it was inconvenient to take their calls before noon.", "en.r69_not_at_work"),
    ("I requested that they only communicate with me in writing.", "en.r71_contact_by_mail"),
    ("I asked them to reach me by postal mail.", "en.r71_contact_by_mail"),
    ("We cannot answer calls during working hours, I told them.", "en.r69_not_at_work"),
    ("I mailed a letter requesting no further phone calls.", "en.r69_no_further_contact"),
    ("We demanded no additional correspondence from the agency.", "en.r69_no_further_contact"),
    ("I told the collector that all further contact be in writing.", "en.r71_contact_by_mail"),
    (
        "The agency called my cell again in spite of my repeated requests to stop.",
        "en.r67_despite_instruction",
    ),
    ("The bank wrote to me despite our written instructions not to.", "en.r67_despite_instruction"),
)

# what only looks like them: the writer's own job or mail, papers asked for in writing, a
# request about something other than contact
ROUND_69_71_NOT = (
    ("I do not want to be late at my job.", "en.r69_not_at_work"),
    ("I am not able to get a loan at this rate.", "en.r69_not_at_work"),
    ("I asked them to send me the validation in writing.", "en.r71_contact_by_mail"),
    ("I told them I would pay by mail.", "en.r71_contact_by_mail"),
    ("I can not take calls from my bank at home.", "en.r69_not_at_work"),
    ("I asked for no further action on the account.", "en.r69_no_further_contact"),
    ("They reported the debt despite my request not to.", "en.r67_despite_instruction"),
    ("I called them despite my fear.", "en.r67_despite_instruction"),
)

# Round 75's shapes (tunegen: reported requests in CFPB complaints, list mail, Indonesian,
# Portuguese and Chinese complaints; written for this test, no corpus row's text), each with
# the rule that must read it, at review
ROUND_75 = (
    ("I told the lady on the phone not to contact me again.", "en.r75_told_not_to_contact"),
    ("We sent them a letter at their head office to stop calling.", "en.r75_told_not_to_contact"),
    ("I asked many times not to be called at home.", "en.r75_told_not_to_contact"),
    ("I have requested no telephone calls.", "en.r75_requested_no_calls"),
    ("The consumer does not consent to any telephone contact.", "en.r75_no_consent_to_contact"),
    ("How do I make these calls stop?", "en.r75_how_get_them_to_stop"),
    ("What does it take to get a company to stop calling you?", "en.r75_how_get_them_to_stop"),
    ("How do I make your bot not to mention me?", "en.r75_how_get_them_to_stop"),
    ("Don't phone me up to offer me a new plan.", "en.r75_dont_call_me_to_sell"),
    ("By law they can no longer contact me.", "en.r75_can_no_longer_contact"),
    ("Please get rid of these promo texts.", "en.r75_get_rid_of_messages"),
    ("Kindly remove me from every one of your mailing lists.", "en.r75_remove_from_list_far"),
    ("Please drop me from haskell-cafe.", "en.r75_remove_from_list_far"),
    ("Jangan sering sering menghubungi saya.", "id.r75_jangan_berkali_kali"),
    ("Gak usah ganggu orang pake telpon tiap hari.", "id.r75_usah_ganggu_telpon"),
    ("Jangan masuk lagi sms promonya ke nomor saya.", "id.r75_jangan_datang_sms"),
    ("Kalian nelpon tiap hari. Tolong dong kalian stop.", "id.r75_tolong_stop"),
    ("Gimana cara hentikan pop up dari operator?", "id.r75_hentikan_iklan"),
    (
        "Desejo que vocês tirem imediatamente o telefone do meu pai desse cadastro.",
        "pt.r75_que_tirem_cadastro",
    ),
    ("Solicito o cancelamento do envio de mensagens promocionais.", "pt.r75_cancelar_envio"),
    ("逾期了 不要来电联系 我会还的", "zh.r75_buyao_dadianhua_lianxi"),
    ("可以拒绝还款短信提醒吗", "zh.r75_jujue_duanxin"),
    ("请删除我的身份资料", "zh.r75_shanchu_shenfen"),
)

# what only looks like them: the writer told not to call, the writer asked to stop calling
# someone, a question that is not about contact, the writer's own consent to something else
ROUND_75_NOT = (
    ("The manager kept telling me not to call the branch.", "en.r75_told_not_to_contact"),
    ("I was told by the agent not to call them again.", "en.r75_told_not_to_contact"),
    ("I asked the clerk to stop charging my card.", "en.r75_told_not_to_contact"),
    ("I requested no changes to my plan.", "en.r75_requested_no_calls"),
    ("I do not consent to the new terms.", "en.r75_no_consent_to_contact"),
    ("How can I get my payments to stop?", "en.r75_how_get_them_to_stop"),
    ("How do I get them to not charge me twice?", "en.r75_how_get_them_to_stop"),
    ("Don't call me. I'll call you.", "en.r75_dont_call_me_to_sell"),
    ("You can no longer contact support by chat.", "en.r75_can_no_longer_contact"),
    ("We should get rid of the messages table in the schema.", "en.r75_get_rid_of_messages"),
    ("Please remove me from the meeting invite.", "en.r75_remove_from_list_far"),
    ("Remove me from the group.", "en.r75_remove_from_list_far"),
    ("Jangan sering sering telpon cs, tidak akan dijawab.", "id.r75_jangan_berkali_kali"),
    ("Jangan ganggu saya main game.", "id.r75_usah_ganggu_telpon"),
    ("Jangan muncul lagi iklannya di aplikasi.", "id.r75_jangan_datang_sms"),
    ("Tolong jangan stop layanan saya.", "id.r75_tolong_stop"),
    ("Quero que retirem a cobrança do meu cadastro.", "pt.r75_que_tirem_cadastro"),
    ("Quero cancelar o envio da fatura em papel.", "pt.r75_cancelar_envio"),
    ("我说不要打电话联系他", "zh.r75_buyao_dadianhua_lianxi"),
    ("他拒绝还款", "zh.r75_jujue_duanxin"),
    ("删除订单信息", "zh.r75_shanchu_shenfen"),
)

# Round 79's shapes (tune79: Turkish complaints to banks, call centres and collection firms
# asking them to stop the calls and SMS; written for this test by tune79, no corpus row's
# text), each with the rule that must read it first and what heed does with it: a present
# imperative to stop the messages is applied; the calls alone (voice), wishes, demands and
# restated requests go to review
ROUND_79 = (
    ("SMS göndermeyi kesin artık.", "tr.r79_birakin", "apply"),
    ("Mesaj atmayı bırakın lütfen.", "tr.r79_birakin", "apply"),
    ("SMS'leri derhal sonlandırın.", "tr.r79_durdurun", "apply"),
    ("SMS'lere son verin.", "tr.r79_durdurun", "apply"),
    ("Beni aramayın.", "tr.r79_aramayin", "review"),
    ("Lütfen beni bir daha aramayınız.", "tr.r79_aramayin", "review"),
    ("Aramayın!", "tr.r79_aramayin", "review"),
    ("Aramayın diye defalarca söyledim ama hâlâ arıyorlar.", "tr.r79_aramayin_dedim", "review"),
    ("Beni aramayı bırakın.", "tr.r79_aramayi_birakin", "review"),
    ("Aramaları durdurun.", "tr.r79_aramalari_durdurun", "review"),
    ("Aranmak istemiyorum.", "tr.r79_aranmak_istemiyorum", "review"),
    (
        "Aranmak istemediğimi söylememe rağmen hâlâ arıyorlar.",
        "tr.r79_aranmak_istemiyorum",
        "review",
    ),
    ("Kampanya için SMS almak istemiyorum.", "tr.r79_aranmak_istemiyorum", "review"),
    ("Rahatsız edilmek istemiyorum.", "tr.r79_aranmak_istemiyorum", "review"),
    ("Arama yapılmasını istemiyorum.", "tr.r79_aranmak_istemiyorum", "review"),
    ("Aramamalarını rica ettim.", "tr.r79_aramamalarini", "review"),
    ("Bir daha aramasınlar.", "tr.r79_aramasinlar", "review"),
    ("Numaramın silinmesini talep ediyorum.", "tr.r79_numaramin_silinmesini", "review"),
    ("Bana kampanya mesajı atmayın.", "tr.r79_reklam_gondermeyin", "review"),
    (
        "Tarafıma yapılan aramaların sonlandırılmasını talep ediyorum.",
        "tr.r79_sonlandirilmasini",
        "review",
    ),
    ("Bu aramalara son verilsin.", "tr.r79_sonlandirilmasini", "review"),
    ("Teklif listesinden çıkarılmayı talep ediyorum.", "tr.r79_arama_listesinden", "review"),
    ("İletişim izni vermiyorum.", "tr.r79_iletisim_izni", "review"),
    ("Tüm SMS izinlerimi kapatmama rağmen mesaj geliyor.", "tr.r79_iletisim_izni", "review"),
    ("İYS üzerinden ret verdim ama mesajlar geliyor.", "tr.r79_iys_ret", "review"),
    ("Bir daha aranmayacağım söylendi ama yine arandım.", "tr.r79_bir_daha_aranmayacak", "review"),
    ("Ailemi ve iş yerimi aramayın.", "tr.r79_ailemi_aramayin", "review"),
    ("SMS bildirimlerini iptal edin.", "tr.r79_sms_iptal", "review"),
    ("Aranmaktan bıktım usandım.", "tr.r79_biktim", "review"),
    (
        "Numaramın aranmayacaklar listesine eklenmesini istiyorum.",
        "tr.r79_aranmama_listesi",
        "review",
    ),
    ("Aramayı bırakmalarını istiyorum.", "tr.r79_aramamalarini", "review"),
    ("Beni aramamanızı rica ediyorum.", "tr.r79_aramamalarini", "review"),
    ("Bu numaraya SMS gönderilmesin.", "tr.r79_sonlandirilmasini", "review"),
    ("Aranmayı kabul etmiyorum.", "tr.r79_aranmak_istemiyorum", "review"),
    ("Lütfen bir daha irtibata geçmeyiniz.", "tr.r79_iletisime_gecmeyin", "apply"),
    ("Lütfen bu numarayı aramayın.", "tr.r79_aramayin", "review"),
    ("Benimle iletişime geçilmesini istemiyorum.", "tr.r79_aranmak_istemiyorum", "review"),
    ("Telefonla pazarlama yapılmasını istemiyorum.", "tr.r79_aranmak_istemiyorum", "review"),
    ("Bu aramaların artık son bulmasını istiyorum.", "tr.r79_sonlandirilmasini", "review"),
    ("Aramaları kesmenizi rica ediyorum.", "tr.r79_sonlandirilmasini", "review"),
    ("Beni bir daha aramamanız konusunda uyarıyorum.", "tr.r79_aramamalarini", "review"),
    ("Bu aramalardan dolayı son derece rahatsızım.", "tr.r79_biktim", "review"),
    (
        "Numaramı ticari amaçlı aramalarda kullanmayın.",
        "tr.r79_numaramin_silinmesini",
        "review",
    ),
    ("Beni rahatsız etmesinler artık.", "tr.r79_rahatsiz_etmesinler", "review"),
    (
        "İlgilenmediğimi açıkça belirtmeme rağmen aramalar ısrarla devam ediyor.",
        "tr.r79_ilgilenmedigimi_ragmen",
        "review",
    ),
    ("Bankadan günde 3 kez arıyorlar.", "tr.r79_surekli_araniyorum", "review"),
)

# Round 87's shapes (tune8587: Russian reviews of banks asking them to stop sales calls and
# SMS and to delete the number, mostly told after the fact; written for this test by
# tune8587, no corpus row's text), each with the rule that must read it first and what heed
# does with it: a present imperative to stop the messages is applied; the calls alone
# (voice), demands, wishes and retold requests go to review
ROUND_87 = (
    ("Прекратите смс рассылку.", "ru.r87_prekratite_cmc", "apply"),
    ("Отключите мне рекламную рассылку!", "ru.r87_prekratite_cmc", "apply"),
    ("Остановите эти SMS.", "ru.r87_prekratite_cmc", "apply"),
    ("Прекратите эти звонки!", "ru.r87_prekratite_zvonki", "review"),
    ("Прошу удалить мой номер из вашей базы.", "ru.r87_prosil_udalit", "review"),
    ("Неоднократно просила исключить меня из списка обзвона.", "ru.r87_prosil_udalit", "review"),
    ("Требую убрать мои персональные данные.", "ru.r87_prosil_udalit", "review"),
    ("Обещали удалить мой номер, но звонят.", "ru.r87_prosil_udalit", "review"),
    ("Написала заявление об исключении моего номера из базы.", "ru.r87_prosil_udalit", "review"),
    ("Сказали, что мой номер удалён из рассылки.", "ru.r87_iz_bazy", "review"),
    ("Много раз просил не звонить мне.", "ru.r87_prosil_ne", "review"),
    ("Я просила их не присылать смс.", "ru.r87_prosil_ne", "review"),
    ("Требую прекратить звонки с предложениями.", "ru.r87_prosil_prekratit", "review"),
    ("Просил перестать присылать мне смс.", "ru.r87_prosil_prekratit", "review"),
    ("Как отключить спам-рассылку?", "ru.r87_otklyuchit_rassylku", "review"),
    ("Звонки продолжают поступать каждый день.", "ru.r87_prodolzhayut", "review"),
    ("Но они продолжают звонить.", "ru.r87_prodolzhayut", "review"),
    ("Отозвала согласие на получение рекламы.", "ru.r87_otozval_soglasie", "review"),
    ("Я против звонков с рекламой.", "ru.r87_ne_hochu", "review"),
    ("Нет никакого желания получать ваши смс.", "ru.r87_ne_hochu", "review"),
    ("Опять навязчивые звонки.", "ru.r87_navyazchivye", "review"),
    ("Попросила, чтобы мне больше не звонили.", "ru.r87_chtoby_ne", "review"),
    ("Внесите мой номер в стоп-лист.", "ru.r87_stop_list", "review"),
    ("Задолбали смсками!", "ru.r87_nadoeli", "review"),
    ("Отказываюсь от ваших звонков.", "ru.r87_otklyuchit_rassylku", "review"),
    ("Требую прекратить обработку моих персональных данных.", "ru.r87_prosil_prekratit", "review"),
    ("Мне не нужны ваши звонки.", "ru.r87_ne_hochu", "review"),
    ("Прошу удалить мой e-mail из рассылки.", "ru.r87_prosil_udalit", "review"),
    ("Не беспокойте меня больше.", "ru.ne_pishite", "apply"),
)

# Round 87's look-alikes (written by tune8587): charges, an account or card to close, a
# collection, a credit history, a debt list, a service or insurance to cancel, "stop lying",
# a card number, a paid SMS service, a request denied, a call the writer made
ROUND_87_NOT = (
    "Прекратите списывать деньги с карты!",
    "Прошу закрыть счёт и карту.",
    "Прошу прекратить взыскание по кредиту.",
    "Удалите мои данные из кредитной истории.",
    "Прошу исключить меня из списка должников.",
    "Прошу отменить страховку.",
    "Перестаньте обманывать людей!",
    "Удалите мой номер карты.",
    "Отключите смс информирование.",
    "Я не просил удалить мой номер.",
    "Сотрудник обещал перезвонить.",
    "Я сам звонил в банк много раз.",
    "Отказался от смс информирования.",
    "Отказалась от кредита.",
    "Мне не нужны ваши кредиты.",
    "Чтобы не звонили в банк, пишите в чат.",
)


# Round 101 (tune101, written for this test, not taken from any corpus): Korean requests to an
# app or a company to stop its notifications, pushes, texts or calls, in the shapes Korean gives
# them (a negative imperative -지 마, 그만 + a verb of sending, "so that it does not come",
# how to switch it off, consent withdrawn); and round 93's Russian data ban and wrong number
ROUND_101 = (
    ("푸시 알림 좀 그만 보내세요", "ko.bonaeji_ma", "apply"),
    ("앱 공지 보내지 말아 주세요", "ko.bonaeji_ma", "apply"),
    ("광고 문자 좀 그만 보내라", "ko.bonaeji_ma", "apply"),
    ("마케팅 정보 수신 동의를 철회하고 싶습니다", "ko.r101_dongui_cheolhoe", "apply"),
    ("어제 문자 왔던데 이제 그만 좀 보내요", "ko.bonaeji_ma_bare", "review"),
    ("이런 거 안 보냈으면 좋겠어요", "ko.bonaeji_ma_bare", "review"),
    ("이벤트 알림이 새벽에도 와요 안 오게 해주세요", "ko.r101_an_oge", "review"),
    ("쿠폰 푸시 안 받고 싶은데요", "ko.r101_an_oge", "review"),
    ("키워드 알림 울리지 않게 해줘요", "ko.r101_an_oge", "review"),
    ("원치 않는 광고 알림이 계속 옵니다", "ko.r101_an_oge", "review"),
    ("이 앱 푸시 끄는 방법 좀 알려주세요", "ko.r101_kkeuneun_bangbeop", "review"),
    ("알림을 끌 수 있게 해주세요 너무 자주 와요", "ko.r101_kkeuneun_bangbeop", "review"),
    ("공지 알림은 어디서 꺼요? 꺼지지 않네요", "ko.r101_kkeuneun_bangbeop", "review"),
    ("광고 메시지 차단할 수 없나요", "ko.r101_kkeuneun_bangbeop", "review"),
    ("추천 상품 안 뜨게 하는 방법 있나요", "ko.r101_an_oge_seoljeong", "review"),
    ("상담원이 전화 좀 그만 걸었으면", "ko.r101_jeonhwa_geuman", "review"),
    ("직원이 그러는데 제가 수신 거부했다고 하네요", "ko.r101_susin_geobu_said", "review"),
    ("수신거부 했는데도 문자가 또 와요", "ko.susin_geobu", "apply"),
    (
        "Писала им заявление о запрете обработки моих персональных данных.",
        "ru.r93_zapret_dannyh",
        "review",
    ),
    (
        "Номер, который мне дали в салоне, раньше принадлежал чужому человеку, и теперь звонят.",
        "ru.r93_chuzhoi_nomer",
        "review",
    ),
    ("Коллекторы звонят каждый день и ищут какого-то должника.", "ru.r93_chuzhoi_nomer", "review"),
)

# Round 101's look-alikes (written by tune101): adverts shown in the app, on YouTube or TikTok
# or fewer of them (round 14's rule), notifications that fail to arrive, a sign-up check, an
# advert blocker, blocking another user, an alarm that rings, "turn them on"; a card's ban and a
# shop's previous owner in Russian
ROUND_101_NOT = (
    "광고 좀 적당히 넣으세요 게임을 못 하겠네",
    "광고가 너무 많아요 그만 좀 나왔으면",
    "유튜브에 광고 그만 띄워라 짜증난다",
    "틱톡 광고 보고 설치했는데 별로네요",
    "광고 작작 하세요",
    "알림이 안 와요 빨리 고쳐주세요",
    "알림이 꺼져 있어서 주문을 못 봤네요",
    "문자 인증 좀 없애주세요",
    "광고 차단하는 방법 있나요?",
    "카톡 차단하는 방법 알려주세요",
    "알림 뜨게 해주세요",
    "택배 문자가 안 와요",
    "Запрет на использование карты за границей снимите.",
    "Офис раньше принадлежал другому банку.",
)


# what only looks like them (written by tune79): a card cancelled or deleted, a blacklist or a
# debt file, collection proceedings, the SMS code of a payment, the writer's own call, a call
# back wished for, a card that should not come, a warning to other readers, a wait, a fee,
# a card blocked after an alert, a campaign joined
ROUND_79_NOT = (
    "Kartımı iptal edin.",
    "Kart numaramın silinmesini talep ediyorum.",
    "Kart bilgilerimin sisteminizden silinmesini istiyorum.",
    "Kara listeden çıkarılmak istiyorum.",
    "Takip listesinden çıkarılmamı talep ediyorum.",
    "Borç kaydımın silinmesini talep ediyorum.",
    "Haciz işleminin durdurulmasını talep ediyorum.",
    "İcra takibinin durdurulmasını istiyorum.",
    "SMS onayı vermedim ama kartımdan para çekildi.",
    "Müşteri hizmetlerini aramak istemiyorum.",
    "Bu bankanın müşterisi olmak istemiyorum.",
    "Geri aranmak istiyorum.",
    "Geri aranmayacağımı anladım.",
    "Otomatik ödeme talimatının durdurulmasını istiyorum.",
    "Aramaları durdurmayın, bilgi almak istiyorum.",
    "Bana SMS ile bilgi verilmesini talep ediyorum.",
    "SMS ile kartımı iptal edin.",
    "Kartımın Troy olarak gelmesini istemiyorum.",
    "Kimse bu numarayı aramasın.",
    "Geri aranmak için saatlerce beklemek istemiyorum.",
    "SMS'le aidat kesilmesini talep ediyorum.",
    "Şüpheli işlem mesajı geldi hesabımın engellenmesini istedim.",
    "Kampanya onayı vermedim ama kampanyaya dahil edildim.",
    "Müşteri hizmetlerini aramaktan bıktım.",
    "Aramalarımın cevapsız kalmasından bıktım.",
    "Numaramı engelleme listesine ekledim.",
    "Usulsüz girişimlerin son bulmasını talep ediyorum.",
    "Kart numaramı kullanmayın.",
    "Kartı istemediğimi söylememe rağmen kart gönderildi.",
    "Kampanyayla ilgilenmediğimi söylememe rağmen kampanyaya dahil edildim.",
    "Müşteri hizmetlerini sürekli arıyorum ama ulaşamıyorum.",
)

# Round 81's shapes (tune81: Turkish complaints to mobile operators; written for this test by
# tune81, no corpus row's text): a demand pointing back to the messages of the sentence before,
# a request not to call said many times, a question how to stop the messages, and a request
# beside calls about the writer's tariff; all go to review
ROUND_81 = (
    (
        "Her gün kampanya SMS'i geliyor. Bunun sonlandırılmasını talep ediyorum.",
        "tr.r81_bunun_sonlandirilmasini",
        "review",
    ),
    (
        "Operatörden sürekli reklam mesajı alıyorum. Artık bunların durdurulmasını istiyorum.",
        "tr.r81_bunun_sonlandirilmasini",
        "review",
    ),
    ("Beni aramamalarını defalarca rica ettim.", "tr.r79_aramamalarini", "review"),
    ("SMS göndermemelerini birkaç kez talep ettim.", "tr.r79_aramamalarini", "review"),
    ("Reklam mesajlarını nasıl durdurabilirim?", "words:stop_sending", "review"),
    ("Tarifem için sürekli arıyorlar. Beni aramayın.", "tr.r79_aramayin", "review"),
)

# what only looks like them (written by tune81): betting texts and foreign numbers the writer
# wants the operator to block (a third party sends them), a block asked for, a stop refused,
# a stop not asked of anyone (participle, past), calls about the writer's own tariff
ROUND_81_NOT = (
    "Bahis mesajlarını almak istemiyorum, engelleyin.",
    "Sürekli bahis sitesi mesajları geliyor, bunların durdurulmasını istiyorum.",
    "44 ile başlayan numaralardan mesaj almak istemiyorum.",
    "Yabancı numaralardan sürekli aranıyorum, ne yapabilirim?",
    "Reklam mesajları geliyor. Bunların engellenmesini istiyorum.",
    "SMS paketim bitti. Bunun durdurulmasını istemiyorum.",
    "Sizi 100 SMS'de durduran neydi?",
    "Mesajları geçen ay durdurdum.",
    "Tarifem bittiği için sürekli aranıyorum ve yeni teklif bekliyorum.",
)

# Round 95's shapes (tune95: Turkish complaints to Turkcell and banks; written for this test by
# tune95, no corpus row's text): "daha fazla" / "tekrar" / "asla" before an imperative not to
# call, "iletişim kurmayın", the jussive of texting, "-(y)Ip durmayın", the calls or messages
# not wanted as nouns, the pressure made by calls stopped, a promise not to call in the active
# voice, a request reported as the clause the complaint goes on from, the messages in the
# accusative with "kesin", and a number the writer wants them to delete
ROUND_95 = (
    ("Lütfen daha fazla aramayın, işimi yapamıyorum.", "tr.r79_aramayin", "review"),
    ("Beni tekrar aramayın.", "tr.r79_aramayin", "review"),
    (
        "Bankanızın kampanyaları beni ilgilendirmiyor. Bir daha asla aramayın.",
        "tr.r79_aramayin",
        "review",
    ),
    ("Lütfen benimle iletişim kurmayınız.", "tr.r79_iletisime_gecmeyin", "apply"),
    ("Bana artık mesaj atmasınlar.", "tr.r95_mesaj_atmasinlar", "review"),
    ("Bir daha reklam SMS'i göndermesinler.", "tr.r95_mesaj_atmasinlar", "review"),
    ("Beni arayıp durmayın artık.", "tr.r95_arayip_durmayin", "review"),
    ("Her gün SMS atıp durmayın.", "tr.r95_mesaj_atip_durmayin", "review"),
    ("Sizin aramalarınızı istemiyorum.", "tr.r95_aramalarinizi_istemiyorum", "review"),
    ("Kampanya mesajları da istemiyorum.", "tr.r95_aramalarinizi_istemiyorum", "review"),
    ("İstemiyorum artık mesajlarınızı.", "tr.r95_aramalarinizi_istemiyorum", "review"),
    (
        "Telefonla yapılan bu baskının derhal durdurulmasını talep ediyorum.",
        "tr.r95_yoluyla_yapilan_baski",
        "review",
    ),
    (
        "SMS ve arama yoluyla kurulan baskıya son verilmesini istiyorum.",
        "tr.r95_yoluyla_yapilan_baski",
        "review",
    ),
    ("Aramaların sona erdirilmesini talep ediyorum.", "tr.r79_sonlandirilmasini", "review"),
    (
        "Temsilci bir daha aramayacaklarını söyledi ama ertesi gün yine aradılar.",
        "tr.r79_bir_daha_aranmayacak",
        "review",
    ),
    (
        "Artık mesaj göndermeyeceklerini söylediler, mesajlar devam ediyor.",
        "tr.r79_bir_daha_aranmayacak",
        "review",
    ),
    ("Beni aramamalarını söylememe rağmen aramalar sürüyor.", "tr.r79_aramamalarini", "review"),
    # a FIRM rule; the learned layer holds this short imperative back for a person
    ("Mesajlarınızı kesin artık.", "tr.r79_birakin", "review"),
    ("Numaramı veri tabanınızdan silsinler.", "tr.r79_numaramin_silinmesini", "review"),
)

# what only looks like them (written by tune95): a wish about everyone or a purpose ("… diye"),
# a question, the writer's own calls, a warning to other readers, a bill, a package or a tariff
# refused, pressure by visits, a transaction by phone cancelled, "kesin" as "certain", bills
# sent over and over
ROUND_95_NOT = (
    "Herkes kafasına göre SMS atmasın diye bir düzenleme yapılmalı.",
    "Oğlum mesaj atmasın diye hattı kapattım.",
    "Bir daha aramayacaklar mı?",
    "Bir daha müşteri hizmetlerini aramayacağım.",
    "Artık sizi aramayacağım, hattımı taşıyorum.",
    "Bu firmayla iletişim kurmayın.",
    "Faturamı istemiyorum, iade istiyorum.",
    "Mesaj paketini istemiyorum.",
    "Bu tarifeyi kabul etmiyorum.",
    "Ailemin evine gidilerek yapılan baskının durdurulmasını istiyorum.",
    "Telefonla yapılan işlemin iptal edilmesini istiyorum.",
    "Mesajlar kesin geliyor ama internet yok.",
    "Fatura gönderip durmayın, düzeltin.",
)

# Rounds 75-83's shapes (tune7583: requests reported inside CFPB complaints; written for this
# test by tune7583, no corpus row's text), each with the rule that must read it, at review
ROUND_83 = (
    ("I told the clerk at the branch several times to stop calling.", "en.r83_told_times_to_stop"),
    ("We asked them, on several occasions, not to call.", "en.r83_told_times_to_stop"),
    ("I said I was sick and that they should not be calling me.", "en.r83_should_not_be_calling"),
    ("The letter says the agency is not to contact us.", "en.r83_should_not_be_calling"),
    ("I do not want Northwind Finance to call me.", "en.r83_dont_want_name_to_contact"),
    ("We don't want First Federal calling us.", "en.r83_dont_want_name_to_contact"),
    ("They tell me they'll stop calling, yet they keep on.", "en.r83_say_will_stop"),
    ("I told them each time they called that they had the wrong guy.", "en.r83_told_wrong_person"),
    ("I informed them he moved away, but the calls continued.", "en.r83_calls_continue_after_told"),
    ("We get letters for a man who does not live here.", "en.r83_calls_for_someone_else"),
    ("I ask that they contact me only by regular mail.", "en.r83_contact_only_by_letter"),
    ("Your office must cease any further telephone contact.", "en.r83_you_shall_cease_contact"),
    ("I cannot be on the phone during my shift.", "en.r83_cant_talk_at_work"),
)

# what only looks like them: a request about the account, not the calls; a firm that should
# not report; a promise about fees; a wrong address; the writer unable to reach them
ROUND_83_NOT = (
    ("I told the agent multiple times to stop the autopay.", "en.r83_told_times_to_stop"),
    ("They told me many times not to call them.", "en.r83_told_times_to_stop"),
    ("They should not be reporting this debt.", "en.r83_should_not_be_calling"),
    ("They can't reach me because my phone was lost.", "en.r83_should_not_be_calling"),
    ("I don't want Acme Bank to report this.", "en.r83_dont_want_name_to_contact"),
    ("I don't want to call them again.", "en.r83_dont_want_name_to_contact"),
    ("I do not want my son to keep calling me.", "en.r83_dont_want_name_to_contact"),
    ("They say they will stop the fees but they never do.", "en.r83_say_will_stop"),
    ("I told them they had the wrong address on file.", "en.r83_told_wrong_person"),
    ("I told them I would pay and the letters continue.", "en.r83_calls_continue_after_told"),
    ("I got a bill for someone who lives here.", "en.r83_calls_for_someone_else"),
    ("I ask that they send the validation only by mail.", "en.r83_contact_only_by_letter"),
    ("You must cease all collection activity.", "en.r83_you_shall_cease_contact"),
    ("I cannot be on the phone for an hour.", "en.r83_cant_talk_at_work"),
)

SESSION_10 = (
    ("Je m'oppose au démarchage téléphonique.", "fr.s10_m_oppose_demarchage"),
    ("Nous refusons tout démarchage, merci.", "fr.s10_m_oppose_demarchage"),
    ("Je refuse d'être sollicitée par vos conseillers.", "fr.s10_m_oppose_demarchage"),
    ("Je veux juste qu'on me laisse tranquille.", "fr.s10_qu_on_me_laisse"),
    ("Lâchez-moi la grappe avec votre mutuelle", "fr.s10_qu_on_me_laisse"),
    ("Je ne veux pas être harcelée par vos appels tous les soirs", "fr.s10_pas_harcele_par"),
    (
        "J'ai désactivé les notifications, mais je reçois encore des mails chaque jour",
        "fr.s10_desactive_mais_recois",
    ),
    ("Ich wünsche keine weitere Kontaktaufnahme.", "de.s10_keine_kontaktaufnahme"),
    ("Wir wollen keinerlei Werbeanrufe", "de.s10_keine_kontaktaufnahme"),
    ("Trotz meines Widerspruchs werde ich weiter angerufen.", "de.s10_trotz_widerspruch"),
    ("Obwohl ich mehrfach widersprochen habe, kommt Post.", "de.s10_trotz_widerspruch"),
    ("Estoy harta de sus llamadas.", "es.s10_harto_de_llamadas"),
    ("Cansado de que me llamen a diario", "es.s10_harto_de_llamadas"),
    ("A pesar de haber solicitado que no me llamen, siguen", "es.dije17_que_no"),
    ("Não aguento mais suas ligações!", "pt.s10_nao_aguento_ligacoes"),
    ("Cansada das ligações de vocês", "pt.s10_nao_aguento_ligacoes"),
    ("Smettetela!", "it.s10_smettetela"),
    ("Sono stufa delle vostre chiamate", "it.s10_smettetela"),
    ("Ik heb al drie keer gevraagd om niet meer te bellen.", "nl.s10_gevraagd_niet_meer"),
    ("Ondanks mijn verzoek word ik nog steeds gebeld", "nl.s10_ondanks_verzoek"),
    ("Ik wil graag uitgeschreven worden", "nl.s10_uitschrijven"),
    ("Schrijf mij alsjeblieft uit", "nl.s10_uitschrijven"),
    ("Je vous interdis de me recontacter.", "fr.s10_interdis_de_m_appeler"),
    ("Comment avez-vous eu mon numéro ?", "fr.s10_interdis_de_m_appeler"),
    ("Ôtez-moi de vos fichiers", "fr.s10_interdis_de_m_appeler"),
    ("J'en ai marre de vos appels", "fr.s10_marre_de_vos"),
    ("Ras le bol de vos SMS de pub", "fr.s10_marre_de_vos"),
    ("Nous n'en pouvons plus de vos relances", "fr.s10_marre_de_vos"),
    ("Lassen Sie mich mit Ihrer Werbung in Ruhe", "de.s10_mit_werbung_in_ruhe"),
    ("Ich untersage Ihnen die Nutzung meiner Daten", "de.s10_mit_werbung_in_ruhe"),
    ("Wie oft noch, dass Sie mich nicht anrufen sollen?", "de.s10_mit_werbung_in_ruhe"),
    ("Ich will nicht mehr von Ihnen angerufen werden", "de.s10_nicht_mehr_angerufen_werden"),
    ("Bitte rufen Sie nicht mehr an", "de.s10_nicht_mehr_angerufen_werden"),
    ("Mir reicht es mit Ihren Anrufen", "de.s10_nicht_mehr_angerufen_werden"),
    ("Les prohíbo que me llamen", "es.s10_prohibo_que_llamen"),
    ("Ya les dije que no me interesa y siguen llamando", "es.s10_prohibo_que_llamen"),
    ("Me chiamate ogni giorno nonostante abbia chiesto di smettere", "it.s10_nonostante_chiesto"),
    ("Non rompete più!", "it.s10_nonostante_chiesto"),
    ("Non ne posso più delle vostre telefonate", "it.s10_smettetela"),
    ("Ik verbied u mij nog te bellen", "nl.s10_verbied_te_bellen"),
    ("Ik heb bezwaar tegen telefonische verkoop", "nl.s10_verbied_te_bellen"),
    ("Meld me af voor de nieuwsbrief", "nl.s10_verbied_te_bellen"),
    ("Stop met die telefoontjes!", "nl.s10_stop_met_die"),
    ("Retirem meu nome da lista", "pt.s10_retirem_meu_nome"),
    ("Proíbo vocês de me ligarem", "pt.s10_retirem_meu_nome"),
    ("我已经拒绝了好几次，还是一直打", "zh.s10_jujue_hai_da"),
    ("你们能不能别打了", "zh.s10_nimen_bie_da"),
    ("不要再给我推销了", "zh.s10_bie_tuixiao"),
    # requests reported in complaints
    (
        "Malgré mes nombreuses demandes, je suis toujours harcelé au téléphone",
        "fr.s10_malgre_mes_demandes",
    ),
    ("Bien que je me sois opposé au démarchage, ils rappellent", "fr.s10_malgre_mes_demandes"),
    ("Ils ne respectent pas mon refus", "fr.s10_malgre_mes_demandes"),
    ("Je leur ai dit que je ne voulais plus être démarché", "fr.s10_malgre_mes_demandes"),
    (
        "Ich habe der Kontaktaufnahme widersprochen, trotzdem rufen sie an",
        "de.s10_widersprochen_trotzdem",
    ),
    ("Sie rufen immer wieder an, obwohl ich das nicht will", "de.s10_widersprochen_trotzdem"),
    ("A pesar de mi negativa siguen llamando", "es.s10_aunque_siguen"),
    ("Mesmo após recusar a oferta continuam me ligando", "pt.s10_mesmo_apos_recusar"),
    ("Ho detto più volte che non sono interessato ma continuano", "it.s10_chiesto_ma_continuano"),
    ("Mi sono disiscritta ma ricevo ancora email", "it.s10_chiesto_ma_continuano"),
    (
        "Ik heb al gezegd dat ik geen interesse heb, toch blijven ze bellen",
        "nl.s10_gezegd_toch_bellen",
    ),
    ("说了不需要还一直打电话", "zh.s10_shuo_le_bu_xuyao"),
    ("Recebo ligações todo dia, já pedi para parar", "pt.s10_ja_pedi_para_parar"),
    ("Somos importunados com ligações diárias", "pt.s10_ja_pedi_para_parar"),
    ("Solicito no ser contactada", "es.s10_no_ser_contactado"),
    ("Queremos no ser llamados", "es.s10_no_ser_contactado"),
    ("Basta ya de llamadas", "es.s10_no_ser_contactado"),
    ("求求你们别打了", "zh.s10_nimen_bie_da"),
    ("请勿再推销，谢谢", "zh.s10_bie_tuixiao"),
)

# what only looks like session 10's shapes: the rule must not read it
SESSION_10_NOT = (
    ("Je m'oppose au prélèvement de ce mois-ci.", "fr.s10_m_oppose_demarchage"),
    ("Ils me laissent tranquille depuis mars.", "fr.s10_qu_on_me_laisse"),
    ("J'espère ne pas être harcelé après ce devis", "fr.s10_pas_harcele_par"),
    ("J'ai désactivé le Wi-Fi mais je reçois toujours des appels", "fr.s10_desactive_mais_recois"),
    ("Ich wünsche keine Tüte, danke.", "de.s10_keine_kontaktaufnahme"),
    ("Trotz der Bitte um Rückruf hat niemand angerufen.", "de.s10_trotz_widerspruch"),
    ("Estoy harto del tráfico.", "es.s10_harto_de_llamadas"),
    ("Não aguento mais esperar a entrega", "pt.s10_nao_aguento_ligacoes"),
    (
        "Não aguento mais essas quedas de sinal e essas ligações caindo",
        "pt.s10_nao_aguento_ligacoes",
    ),
    ("Smettila di piangere, domani si riparte", "it.s10_smettetela"),
    ("Ik heb gevraagd om morgen terug te bellen", "nl.s10_gevraagd_niet_meer"),
    ("Ondanks mijn verzoek om teruggebeld te worden, ben ik niet gebeld", "nl.s10_ondanks_verzoek"),
    ("Schrijf me in voor de nieuwsbrief", "nl.s10_uitschrijven"),
    ("Je m'oppose à l'envoi de mon dossier au tribunal", "fr.s10_m_oppose_demarchage"),
    ("Je refuse les appels masqués", "fr.s10_m_oppose_demarchage"),
    ("Je vous interdis de publier ma photo", "fr.s10_interdis_de_m_appeler"),
    ("Marre de vos retards de livraison", "fr.s10_marre_de_vos"),
    ("Schade, dass Sie mich nicht anrufen konnten", "de.s10_mit_werbung_in_ruhe"),
    ("Mir reicht es mit dem Wetter", "de.s10_nicht_mehr_angerufen_werden"),
    ("Les prohíbo fumar aquí", "es.s10_prohibo_que_llamen"),
    ("Lasciatemi stare un attimo che lavoro", "it.s10_nonostante_chiesto"),
    ("Non ne posso più di questo caldo", "it.s10_smettetela"),
    ("Meld me af voor de training vanavond", "nl.s10_verbied_te_bellen"),
    ("Ik word gek van die kinderen", "nl.s10_stop_met_die"),
    ("Retirem meu nome da lista de espera do hospital", "pt.s10_retirem_meu_nome"),
    ("你们别打了，都是兄弟", "zh.s10_nimen_bie_da"),
    ("别烦我，我郁闷！", "zh.s10_bie_tuixiao"),
    ("Malgré ma demande, je n'ai jamais été appelé", "fr.s10_malgre_mes_demandes"),
    ("Malgré mes demandes, toujours pas de remboursement", "fr.s10_malgre_mes_demandes"),
    ("Antrag abgelehnt, trotzdem bekomme ich Rechnungen", "de.s10_widersprochen_trotzdem"),
    ("Sie rufen an, obwohl ich krank bin", "de.s10_widersprochen_trotzdem"),
    ("Aunque mi solicitud fue aprobada, siguen sin llamar", "es.s10_aunque_siguen"),
    ("Apesar de pedir ajuda, ninguém me liga", "pt.s10_mesmo_apos_recusar"),
    ("Ho chiesto il rimborso ma continuano", "it.s10_chiesto_ma_continuano"),
    ("Ik heb om een offerte gevraagd, toch blijven ze weg", "nl.s10_gezegd_toch_bellen"),
    ("我说了不要，他还是打我", "zh.s10_shuo_le_bu_xuyao"),
    ("我拒绝了他，他还打我", "zh.s10_jujue_hai_da"),
    ("O ônibus passou direto, pedi para parar o motorista", "pt.s10_ja_pedi_para_parar"),
    ("Solicito no ser trasladado de sede", "es.s10_no_ser_contactado"),
    ("求求你别打游戏了", "zh.s10_nimen_bie_da"),
    ("我睡觉吖，别打了，起来给你打", "zh.s10_bie_tuixiao"),
)

# products, parcels and bills not wanted any more: no revocation, left alone
SESSION_10_PRODUCTS = (
    "Ne m'envoyez plus ce produit, il est défectueux.",
    "Merci de ne plus m'envoyer de colis à cette adresse",
    "Ich möchte keine Rechnung mehr auf Papier",
    "Bitte keine Lieferung mehr an die alte Adresse",
    "Schicken Sie mir dieses Produkt nicht mehr",
    "Je ne veux plus de factures papier",
    "Non mandatemi più questo prodotto",
    "No me manden más ese producto, llegó roto",
    "Não me mandem mais esse produto, veio quebrado",
    "Stuur me dit product niet meer",
    "Quiero cancelar mi pedido",
    "Vorrei annullare il mio ordine",
    "Ik wil mijn bestelling annuleren",
    "Quero cancelar o cartão",
    "取消订单",
)

# text, intent, band, scope kind ("" = whole account)
CASES = [
    # keyword replies are certain
    ("STOP", "opt_out", "apply", ""),
    ("Stop please", "opt_out", "apply", ""),
    ("退订", "opt_out", "apply", ""),
    ("HELP", "help", "apply", ""),
    ("START", "opt_in", "apply", ""),
    # clear revocations, any language
    ("Please remove me from your list", "opt_out", "apply", ""),
    ("take me off your list", "opt_out", "apply", ""),
    ("Don't text me anymore", "opt_out", "apply", ""),
    ("No more messages please", "opt_out", "apply", ""),
    ("I don't want these anymore", "opt_out", "apply", ""),
    ("Unsubscribe me from this", "opt_out", "apply", ""),
    ("stpo", "opt_out", "apply", ""),
    ("unsubscibe", "opt_out", "apply", ""),
    ("stop txting me", "opt_out", "apply", ""),
    ("Stooop texting me", "opt_out", "apply", ""),
    ("STOP. Who is this?", "opt_out", "apply", ""),
    ("I revoke my consent to receive texts", "opt_out", "apply", ""),
    ("Please cease all communication", "opt_out", "apply", ""),
    ("If you don't stop texting me I'll report you", "opt_out", "apply", ""),
    # a firm's "if they don't …" threatens as "if you don't" does (a CFPB narrative's tokens
    # "do n't" now read as "don't"; written for this test)
    ("If they don't stop texting me I'll report them", "opt_out", "review", ""),
    ("I will sue if they do n't remove my number from their call list", "opt_out", "review", ""),
    ("why won't you stop texting me", "opt_out", "apply", ""),
    ("Dejen de enviarme mensajes", "opt_out", "apply", ""),
    ("Por favor no me envíen más mensajes", "opt_out", "apply", ""),
    ("Não quero mais receber mensagens", "opt_out", "apply", ""),
    ("Ne m'envoyez plus de messages", "opt_out", "apply", ""),
    ("Bitte keine Nachrichten mehr", "opt_out", "apply", ""),
    ("Non voglio più ricevere messaggi", "opt_out", "apply", ""),
    ("Je vous prie de ne plus me faire parvenir de courriers.", "opt_out", "apply", ""),
    ("不要再给我发短信了", "opt_out", "apply", ""),
    # plausible revocations go to a human
    ("How do I unsubscribe?", "opt_out", "review", ""),
    ("you have the wrong number", "opt_out", "review", ""),
    ("Not interested", "opt_out", "review", ""),
    ("Leave me alone", "opt_out", "review", ""),
    ("why do I keep getting these texts", "opt_out", "review", ""),
    ("Your unsubscribe link is broken", "opt_out", "review", ""),
    ("Stop! I'm on my way, don't leave", "opt_out", "review", ""),
    # list, topic and channel requests: review, with a scope hint
    ("no more promos, but keep my order updates", "opt_out", "review", "topic"),
    ("Please stop sending me promotions", "opt_out", "review", "topic"),
    ("Keine Werbung mehr, aber Bestellupdates bitte weiter", "opt_out", "review", "topic"),
    ("no more texts, WhatsApp only", "opt_out", "review", "channel"),
    ("Please email me instead of texting", "opt_out", "review", "channel"),
    ("No más SMS, solo WhatsApp", "opt_out", "review", "channel"),
    ("Please stop calling me", "opt_out", "review", "channel"),
    # opt-in and help in free text: never applied without a human
    ("Please sign me up", "opt_in", "review", ""),
    ("I'd like to start getting texts again", "opt_in", "review", ""),
    ("I need help", "help", "review", ""),
    ("Who is this?", "help", "review", ""),
    # ordinary messages that contain the words
    ("I'll stop by at 5", "none", "ignore", ""),
    ("Can you cancel my appointment?", "none", "ignore", ""),
    ("Stop the story. I've told him i've returned it", "none", "ignore", ""),
    ("Yup next stop.", "none", "ignore", ""),
    ("Stop sending me the wrong size!", "none", "ignore", ""),
    ("Stop sending me duplicate bills", "none", "ignore", ""),
    ("The stop button on the app doesn't work", "none", "ignore", ""),
    ("I don't want it anymore, how do I return it?", "none", "ignore", ""),
    ("Remove me from the group chat lol", "none", "ignore", ""),
    ("Quiero cancelar mi cita del martes", "none", "ignore", ""),
    ("Arrêtez de m'envoyer la mauvaise taille !", "none", "ignore", ""),
    ("Hören Sie auf, mir die falsche Größe zu schicken!", "none", "ignore", ""),
    # negations
    ("Don't stop, this is great", "none", "ignore", ""),
    ("I never asked you to stop", "none", "ignore", ""),
    ("Please don't stop sending these, I love the deals", "none", "ignore", ""),
    ("Did you stop sending the newsletter?", "none", "ignore", ""),
    ("No quiero darme de baja, solo cambiar mi número", "none", "ignore", ""),
    ("Ich möchte mich nicht abmelden", "none", "ignore", ""),
    # automatic replies and quoted instructions
    ("I am out of the office until Monday, with limited access to email.", "none", "ignore", ""),
    (
        "Auto-reply: Thanks for your text! To stop receiving messages reply STOP.",
        "none",
        "ignore",
        "",
    ),
    ("Respuesta automática: estoy de vacaciones hasta el 20 de agosto", "none", "ignore", ""),
    # talk about unsubscribing, and "not now": a person decides (#15 round 5)
    ("Add an unsubscribe option to the SMS reminders", "opt_out", "review", "topic"),
    ("You can unsubscribe with the link in the footer", "opt_out", "review", ""),
    ("I can't unsubscribe from your newsletter", "opt_out", "review", "topic"),
    ("не пишите мне сейчас, я на совещании", "opt_out", "review", ""),
    ("开会中，别发信息了", "opt_out", "review", ""),
    ("Please remove this address from your mailing list", "opt_out", "review", ""),
    ("新闻邮件怎么取消？", "opt_out", "review", ""),
    (
        "Please remove j.doe.1975@mail.example.com from the distribution list",
        "opt_out",
        "review",
        "",
    ),
    ("Please stop adding me to this thread", "opt_out", "review", ""),
    ("Please exclude me from future emails", "opt_out", "review", ""),
    ("Can I be removed from this?", "opt_out", "review", ""),
    ("I have asked you twice to be removed", "opt_out", "review", ""),
    ("I asked him to stop by later", "none", "ignore", ""),
    ("exclude me from the photo", "none", "ignore", ""),
    # the bare word for unsubscribing names no one: maybe a title or a feature (#15 round 7)
    ("Unsubscribe from push notifications", "opt_out", "review", ""),
    ("Opt out of analytics tracking", "opt_out", "review", ""),
    ("Abmelden im Kundenkonto", "opt_out", "review", ""),
    ("Se désabonner depuis l'application", "opt_out", "review", ""),
    ("Desuscribirse desde la app", "opt_out", "review", ""),
    ("Unsubscribe me from your list", "opt_out", "apply", ""),
    ("Bitte melden Sie mich ab", "opt_out", "apply", ""),
    ("Désabonnez-moi svp", "opt_out", "apply", ""),
    ("Desuscríbanme por favor", "opt_out", "apply", ""),
    ("opt me out", "opt_out", "apply", ""),
    # someone else is not to be sent to; the writer who need not call; "quit" as a habit
    ("Stop sending reminders to customers who cancelled", "opt_out", "review", "topic"),
    ("我不用再发短信了吧？", "opt_out", "review", ""),
    ("I told you to quit smoking", "none", "ignore", ""),
    ("I texted QUIT twice", "opt_out", "apply", ""),
    ("I don't want my messages to get lost", "none", "ignore", ""),
    ("在开车，别给我发短信了", "opt_out", "review", ""),
    # wider word classes (#15 round 7): details and lists taken off, complaints, "never signed up"
    ("Take my email address off, thanks", "opt_out", "apply", ""),
    ("Please remove me from it", "opt_out", "apply", ""),
    ("Remove me from your subscriptions", "opt_out", "apply", ""),
    ("Remove my account from this repository", "opt_out", "review", ""),
    ("Stop calling!", "opt_out", "review", "channel"),
    ("Another unsolicited email from you", "opt_out", "review", ""),
    ("You keep flooding my inbox with newsletters", "opt_out", "review", "topic"),
    ("Quit marketing to me", "opt_out", "review", "topic"),
    ("nunca me suscribí a esto", "opt_out", "review", ""),
    ("quiero salir de la lista de correo", "opt_out", "review", ""),
    ("para de mandar email", "opt_out", "apply", ""),
    ("Je ne me suis jamais inscrit", "opt_out", "review", ""),
    ("Ich habe mich nie angemeldet", "opt_out", "review", ""),
    ("Haal me uit het bestand", "opt_out", "apply", ""),
    ("停止向我发送邮件", "opt_out", "apply", ""),
    ("别发了", "opt_out", "review", ""),
    ("已经把你们拉黑了", "opt_out", "review", ""),
    ("письма всё равно приходят", "opt_out", "review", ""),
    ("もうやめて", "opt_out", "review", ""),
    ("把你拉到群里", "none", "ignore", ""),
    ("明天停止营业", "none", "ignore", ""),
    ("Haal me van het station", "none", "ignore", ""),
    ("I want to stop the car service next week", "none", "ignore", ""),
    ("Can you disable the alert on my card?", "none", "ignore", ""),
    ("Please update your records and remove me", "opt_out", "apply", ""),
    ("Please drop me from this distribution", "opt_out", "apply", ""),
    ("Leave me off future mailings", "opt_out", "apply", ""),
    ("I'd prefer not to receive these", "opt_out", "apply", ""),
    ("I want my email address deleted from your list", "opt_out", "apply", ""),
    ("Retirez mon adresse de votre liste", "opt_out", "apply", ""),
    ("Quiten mi correo de su lista", "opt_out", "apply", ""),
    ("Why do you keep emailing me?", "opt_out", "review", ""),
    ("I'm tired of getting these emails", "opt_out", "review", ""),
    ("Don't include me in future mailings", "opt_out", "review", ""),
    ("为什么一直给我发邮件", "opt_out", "review", ""),
    ("取消邮件通知", "opt_out", "review", ""),
    ("I want my name taken off the lease", "none", "ignore", ""),
    ("Please remove my email typo in the order", "none", "ignore", ""),
    ("I'd rather not get involved", "none", "ignore", ""),
    ("The emails are getting spammed into junk", "none", "ignore", ""),
    ("Leave me out of this argument", "none", "ignore", ""),
    ("Get me off this flight and onto the next one", "none", "ignore", ""),
    ("How do I leave this list?", "opt_out", "review", ""),
    ("I would like to leave this mailing list", "opt_out", "apply", ""),
    ("Kindly delist me", "opt_out", "review", ""),
    ("Who added me to this list?", "opt_out", "review", ""),
    ("I don't know how I got subscribed to this", "opt_out", "review", ""),
    ("You don't have my permission to email me", "opt_out", "apply", ""),
    ("This is my third request to be removed", "opt_out", "apply", ""),
    ("Please don't tag me", "opt_out", "review", ""),
    ("I keep getting notified about this", "opt_out", "review", ""),
    ("I am receiving too many emails", "opt_out", "review", ""),
    ("I have no idea why I'm getting these", "opt_out", "review", ""),
    ("I want to unsubscribe from the usrp-users list", "opt_out", "apply", ""),
    ("Don't tag me in that photo", "none", "ignore", ""),
    ("He leaves the list on the fridge", "none", "ignore", ""),
    ("Could you please stop doing that", "opt_out", "review", ""),
    ("Please stop inviting", "opt_out", "review", ""),
    ("Kindly remove me as recipient from this repo", "opt_out", "apply", ""),
    ("Please remove me from all your groups", "opt_out", "review", ""),
    ("Don't mass-mail people who never asked for it", "opt_out", "review", ""),
    ("You emailed me without my consent", "opt_out", "review", ""),
    ("I'd rather not be tagged anymore", "opt_out", "apply", ""),
    ("We demand the deletion of this list", "opt_out", "review", ""),
    ("unregister me", "opt_out", "review", ""),
    ("Remove me so that I don't get these emails", "opt_out", "review", ""),
    ("If you don't want these emails, you can unsubscribe here", "opt_out", "review", ""),
    ("As a user I want to unsubscribe from weekly digests", "opt_out", "review", ""),
    ("Just because I'm busy does not mean that I cannot come", "none", "ignore", ""),
    ("Stop spamming me", "opt_out", "apply", ""),
    ("Здравствуйте, отпишите меня пожалуйста", "opt_out", "apply", ""),
    ("Отписаться от рассылки в личном кабинете", "opt_out", "review", ""),
    ("Stop texting me, I'm a therapist", "opt_out", "apply", ""),  # "api" inside a word
    ("Please don't do that again", "opt_out", "review", ""),
    ("Where did you get my number?", "opt_out", "review", ""),
    ("Why am I on this mailing list?", "opt_out", "review", ""),
    ("I never asked to be part of this", "opt_out", "review", ""),
    ("Please exit me from this group", "opt_out", "review", ""),
    ("你们的邮件太多了，请停止", "opt_out", "review", ""),
    ("怎么退出这个邮件列表", "opt_out", "review", ""),
    ("别再@我了", "opt_out", "review", ""),
    ("我不需要这些邮件", "opt_out", "review", ""),
    ("Wie kann ich diese Benachrichtigungen abstellen?", "opt_out", "review", ""),
    ("Woher haben Sie meine E-Mail-Adresse?", "opt_out", "review", ""),
    ("Bitte hört auf, mich zu taggen", "opt_out", "review", ""),
    ("别忘了看邮件", "none", "ignore", ""),
    # the shapes of a request, whatever the words around them (round 8): review, never applied
    ("Stop sending weekly automated digest mails", "opt_out", "review", ""),
    ("please quit pinging me on every thread", "opt_out", "review", ""),
    ("Can you delete my name as well", "opt_out", "review", ""),
    ("ok, remove me as well", "opt_out", "review", ""),
    ("This is plain harassment at this point", "opt_out", "review", ""),
    ("You really should not be spamming contributors", "opt_out", "review", ""),
    ("How do I stop this site from doing that?", "opt_out", "review", ""),
    ("I'll stop sending drafts until Monday", "none", "ignore", ""),  # the writer's own action
    ("I never asked you to stop inviting them", "none", "ignore", ""),
    ("Remove the old banner from the homepage", "none", "ignore", ""),
    # round 9 (list mail): wordings for leaving a list, and talk about others' requests
    ("We need off this distribution list, thank you", "opt_out", "apply", ""),
    ("Honestly, I want off. Thanks", "opt_out", "review", ""),
    ("Kindly get my address removed from your mailing list.", "opt_out", "apply", ""),
    ("Rm me from the list pls", "opt_out", "apply", ""),
    ("Please don't forward any further group messages to my mailbox", "opt_out", "apply", ""),
    ("Where do I go to remove myself from this list?", "opt_out", "review", ""),
    ("Just sign me off please", "opt_out", "review", ""),
    ("I don't want off the list, I like it here", "none", "ignore", ""),
    # quoting a request is not making one: the rest decides, a person confirms
    ('Enough of these "unsubscribe me" posts, read the footer.', "opt_out", "review", ""),
    ('Re: "Stop sending me this junk"\n\nThat thread was a joke.', "opt_out", "review", ""),
    (
        "> please remove me from the list\nYou have to write to the robot, not us.",
        "opt_out",
        "review",
        "",
    ),
    ('I typed "STOP" twice already. Stop texting me!', "opt_out", "apply", ""),
    ('"Please take me off your list"', "opt_out", "apply", ""),
    # someone else's request: reported or mocked, not the writer's
    ("If she really wanted to get off the list she would read the footer", "opt_out", "review", ""),
    ("Folks keep asking to be removed from the list here", "opt_out", "review", ""),
    ("Could someone please unsubscribe me from these lists", "opt_out", "apply", ""),
    # round 10 (list mail): a clause that tells of leaving rather than asks goes to review
    (
        "When I tried to unsubscribe myself last week the server said my address was unknown",
        "opt_out",
        "review",
        "",
    ),
    ("I am about to unsubscribe from this list myself", "opt_out", "review", ""),
    ("I am thinking about unsubscribing from this list myself", "opt_out", "review", ""),
    ("Your endless flame wars have persuaded me to leave the list", "opt_out", "review", ""),
    ("I have just unsubscribed from the other forum", "opt_out", "review", ""),
    ("Instructions to unsubscribe are at the bottom of this email", "opt_out", "review", ""),
    (
        "To move to the digest, send these commands to list-request@example.org:\n"
        "unsubscribe mylist\nend",
        "opt_out",
        "review",
        "",
    ),
    (
        "To get the rules, send a message containing the word info to the robot. "
        "Unsubscribe me is not a command",
        "opt_out",
        "review",
        "",
    ),
    # ... but trying now, or a request beside the story, still asks
    ("I'm trying to get removed from this mailing list", "opt_out", "apply", ""),
    ("I try to unsubscribe but it never works, please remove me", "opt_out", "apply", ""),
    ("I tried to unsubscribe but your list still mails me", "opt_out", "apply", ""),
    ("I tried to unsubscribe twice. Please remove me from the list now", "opt_out", "apply", ""),
    ("Please unsubscribe me, I am about to report you", "opt_out", "apply", ""),
    ("Is there a way to unsubscribe me from this list?", "opt_out", "apply", ""),
    # a relative clause names a thing by what the writer did ("the one I unsubscribed from")
    (
        "My work address, the one I already unsubscribed from, still gets mail",
        "opt_out",
        "review",
        "",
    ),
    ("I unsubscribed from your list last week and you still email me", "opt_out", "apply", ""),
    # others who leave: "everyone who", "whoever" (not "anyone" asked to act)
    (
        "This is the answer I mail to everyone who tries to unsubscribe through the list address",
        "opt_out",
        "review",
        "",
    ),
    ("Whoever wants to leave this list writes to me first", "opt_out", "review", ""),
    ("Can anyone unsubscribe me from this list?", "opt_out", "apply", ""),
    # told to leave by one's own hand: not the writer asking
    (
        "Nobody here can do it for you, you'll have to unsubscribe yourself from the web page",
        "none",
        "ignore",
        "",
    ),
    ("Go unsubscribe yourself, we are not your secretaries", "none", "ignore", ""),
    ("I can't unsubscribe myself, please remove me", "opt_out", "review", ""),
    # someone unsubscribed another: a list owner's report, or "from you"? A person decides
    ("Done, I unsubscribed him.", "opt_out", "review", ""),
    ("We have unsubscribed the spammer and banned the address", "opt_out", "review", ""),
    ("I unsubscribed you from my life", "opt_out", "review", ""),
    ("I unsubscribed you already, remove me from your list", "opt_out", "apply", ""),
    ("I unsubscribed the address you gave me", "opt_out", "apply", ""),
    # round 11, who asks whom: a message of more than six words applies only when the writer
    # asks for themselves (me, my, us, "I want to", "could I"); otherwise a person confirms
    (
        "Please stop sending this junk to the whole mailing list, nobody here is interested",
        "opt_out",
        "review",
        "",
    ),
    (
        "Please stop sending this junk to me, I am not interested in any of it",
        "opt_out",
        "apply",
        "",
    ),
    ("Please unsubscribe. It is great but too technical for me", "opt_out", "review", ""),
    ("I would like to unsubscribe from this list. How do I do that?", "opt_out", "apply", ""),
    ("Could I please unsubscribe from the weekly digest", "opt_out", "apply", ""),
    ("Bitte hören Sie auf, mir ständig Werbung zu schicken, danke", "opt_out", "apply", ""),
    ("STOP. Who is this? I never signed up for anything from you guys", "opt_out", "apply", ""),
    ("Unsubscribe from mailing list please", "opt_out", "apply", ""),  # six words: short
    # ... and someone else's list is reported, whatever the length
    ("My phone tells every caller to take me off their list and hangs up", "opt_out", "review", ""),
    ("Take me off their list", "opt_out", "review", ""),
    ("Take me off your list", "opt_out", "apply", ""),
    # round 12: a demand to stop calls, harassment or solicitation inside a longer complaint, in
    # fr/es/pt/it/de/nl, by kinds of words (heed.core.lexicon: stop + calling/messages, a negated
    # call "any more"): a person decides. Spent rows, cited by id (collected-v12.tsv, -v7.tsv)
    (  # rc12-ecf31f5799
        "vos démarchages téléphoniques peuvent cesser ? quand un client n'est pas intéressé le "
        "mardi il ne l'est toujours pas le jeudi et encore moins le vendredi après 4 appels.",
        "opt_out",
        "review",
        "",
    ),
    (  # rc12-c145d49b96 (the export writes a line break as "n")
        "je créerai pas un compte messenger juste pour votre figure nvous arrêtez simplement de "
        "me harceler au téléphone vous êtes sur twitter vous répondez sur twitter basta",
        "opt_out",
        "review",
        "",
    ),
    (  # rc12-4da7f5ec0e: "d'arrêter", "d'être": the word after the apostrophe is read
        "salut il faut faire quoi pour arrêter d’être harcelé par vos putain de service client "
        "tous les jours?",
        "opt_out",
        "review",
        "",
    ),
    (  # rc12-9194e54044
        "free il y a quoi que vous comprenez pas dans lâchez-moi la grappe !! nnje ne veux pas de "
        "vos foutu abonnement on a beau vous bloqué vous revenez toujours",
        "opt_out",
        "review",
        "",
    ),
    (  # rc7-118a5d4f5c
        "@BBVA_Mex no me interesa ningún otro seguro, ya no me marquen por favor 🤯🤯😡😡😤😤",
        "opt_out",
        "review",
        "",
    ),
    ("Cuando será el día que dejen de estar chingando Banamex 🙄", "opt_out", "review", ""),
    ("dadme de baja", "opt_out", "apply", ""),  # rc3-048341ec07
    ("plus aucun email", "opt_out", "apply", ""),  # rc3-9b251c3a42
    ("Hey, könnt ihr mich bitte aus diesen Verteiler nehmen...", "opt_out", "apply", ""),
    (  # rc12-7439440fa2: "me lâche pas la grappe" about billing, no demand to the sender
        "free qui me lache pas la grappe alors que j'ai résilié ya 2mois et mtn j'apprend que ils "
        "vont me débité 190€",
        "none",
        "ignore",
        "",
    ),
    (  # rc12-e6a1651ec8: harassed by someone else's contacts
        "j’ai changé de numéro dimanche et depuis je me fais harceler par les contacts de "
        "l’ancien prioritaire du numéro.",
        "none",
        "ignore",
        "",
    ),
    # ... written for this test: what stops is not the messages, or the call is "not now"
    (
        "arrêtez de me facturer des frais que je n'ai jamais demandés, ça fait trois mois",
        "none",
        "ignore",
        "",
    ),
    (
        "le signal s'arrête tout le temps dans mon quartier, les appels coupent depuis lundi",
        "none",
        "ignore",
        "",
    ),
    (
        "ne m'appelez pas maintenant je dors, rappelez moi demain matin vers dix heures merci",
        "none",
        "ignore",
        "",
    ),
    (
        "no me llamen ahora que estoy en el trabajo, mejor mañana por la tarde por favor",
        "none",
        "ignore",
        "",
    ),
    (
        "no puedo llamar al banco desde ayer, la línea siempre está ocupada y nadie me atiende",
        "none",
        "ignore",
        "",
    ),
    (
        "quiero cancelar mi pedido y que me devuelvan el dinero, ya llamé tres veces",
        "none",
        "ignore",
        "",
    ),
    (
        "@Davivienda 40 minutos en linea para que me digan que me van a llamar mañana para "
        "cancelar una tarjeta",
        "none",
        "ignore",
        "",
    ),
    (
        "comment faire pour ne plus recevoir vos sms publicitaires tous les jours ?",
        "opt_out",
        "review",
        "topic",
    ),
    (
        "smettetela di chiamarmi per propormi offerte, non mi interessa, ve l'ho già detto",
        "opt_out",
        "review",
        "channel",
    ),
    (
        "parem de me ligar oferecendo empréstimo, já disse que não tenho interesse nenhum",
        "opt_out",
        "review",
        "channel",
    ),
    # a reply that opens with a keyword in capitals and goes on: a person confirms; in lower
    # case, or in quotation marks, it is speech about stopping
    ("STOP he gave you my number", "opt_out", "review", ""),
    ("STOP who is this", "opt_out", "review", ""),
    ("!! STOP this is not Maria", "opt_out", "review", ""),
    ("Stop knowing me so well!", "none", "ignore", ""),
    ('"STOP" is what you send', "none", "ignore", ""),
    ("HELP what is this", "none", "ignore", ""),
    # round 13 (collected-v13 dev: complaints to Brazilian lenders and banks on Reclame Aqui,
    # Chilean complaints, MyTelkomsel reviews; row ids cited): a request inside a complaint, in
    # any person or mood, goes to review
    ("Favor PAREM DE ME PERTURBAR!!!!", "opt_out", "review", ""),  # rc13-c696012368
    ("pra vocês PARAREM DE ME LIGAR", "opt_out", "review", "channel"),  # rc13-b9938cadaa
    ("Gostaria que parassem com esta importunação", "opt_out", "review", ""),  # rc13-31b061d056
    ("por favor pare de nos incomodar.", "opt_out", "review", ""),  # rc13-f2eddb8aac
    ("Quero que acabem com essas ligações de vocês", "opt_out", "review", "channel"),
    ("gostaria de ser deixada em paz!", "opt_out", "review", ""),  # rc13-0997ce6d76
    ("espero não ser mais importunada com essas ligações", "opt_out", "review", ""),  # 9d8a984612
    ("Favor retirar meus 4 telefones do cadastro de vcs.", "opt_out", "review", ""),  # 1298afcf29
    ("Solicito a remoção do meu numero desse cadastro.", "opt_out", "review", ""),  # e78fbd548e
    ("Pelo amor de deus, me excluam do seu cadastro.", "opt_out", "review", ""),  # 9c321e780f
    ("Peço para que meu número seja removido do sistema", "opt_out", "review", ""),  # 6a420ff995
    ("não autorizo mais ligações para meu número", "opt_out", "review", ""),  # rc13-8fe910809f
    # calls meant for somebody else, and a do-not-call register, are the writer's opt-out
    ("Recebo ligações procurando por Fatima, não conheço", "opt_out", "review", ""),  # 3ba8a90558
    ("Não conheço a pessoa que estão procurando", "opt_out", "review", ""),  # rc13-0e18b28e9e
    ("O telefone que essa empresa liga é meu há mais de 5 anos", "opt_out", "review", ""),
    ("Sou cadastrado no NÃO ME PERTURBE", "opt_out", "review", ""),  # rc13-1298afcf29
    ("He ingresado los números al servicio No Molestar de SERNAC", "opt_out", "review", ""),
    (
        "Este número es de mi propiedad hace 5 años. Hasta cuando con las llamadas!!",
        "opt_out",
        "review",
        "",
    ),  # rc13-24bb7327fb
    ("tolong jangan asal mendaftarkan nomor konsumen untuk promo", "opt_out", "review", "topic"),
    # ... not billing, a credit register, a card number, the writer's own calls, the phone's
    # do-not-disturb mode (rc13-06b784ab2e)
    ("Quero cancelar o cartão e que parem de me cobrar", "none", "ignore", ""),
    ("Peço que retirem meu nome do cadastro de inadimplentes", "none", "ignore", ""),
    (
        "Fiz um cadastro e tentei excluir meu número de cartão de crédito do app",
        "none",
        "ignore",
        "",
    ),  # rc13-8c1d83f6a8
    ("Recebo ligações todo dia, favor não ligar mais para este número", "opt_out", "review", ""),
    ("Ligam todos os dias cobrando uma dívida de outra pessoa", "opt_out", "review", ""),
    ("Boleto gerado em meu nome pelo banco, porém desconheço tal transação", "none", "ignore", ""),
    ("Gostaria que retirassem meu nome da lista de prejuízo, já paguei", "none", "ignore", ""),
    (
        "Entrei em contato um tempo atrás e o atendente disse que não havia cobrança",
        "none",
        "ignore",
        "",
    ),
    ("Fiz várias ligações perguntando sobre o meu pedido e nada", "none", "ignore", ""),
    ("Hice varias llamadas preguntando por mi pedido y nada", "none", "ignore", ""),
    (
        "tiba2 habis nelpon fitur jangan ganggu saya diaktifkan oleh mytelkom sangat menganggu",
        "none",
        "ignore",
        "",
    ),
    # round 14 (on the spent files v1-v13; v13 rows cited): a verb of stopping before the
    # word for the calls, in any language with the word classes, goes to review ...
    (
        "peço que esta empresa tenha bom senso e pare de efetuar essas ligações, pois não"
        " trabalho mais lá",
        "opt_out",
        "review",
        "",
    ),  # rc13-e6f035939b
    (
        "Recibo llamadas todos los días, por favor paren estas llamadas de una vez",
        "opt_out",
        "review",
        "",
    ),
    (
        "Je reçois des appels tous les jours, merci d'arrêter ces appels immédiatement",
        "opt_out",
        "review",
        "",
    ),
    (
        "Ricevo telefonate ogni giorno, vi chiedo di interrompere queste chiamate subito",
        "opt_out",
        "review",
        "",
    ),
    (
        "tolong hentikan panggilan dari nomor ini, saya sudah bilang tidak tertarik",
        "opt_out",
        "review",
        "",
    ),
    (
        "Saya tidak pernah mendaftar, tolong berhenti menelepon saya setiap hari",
        "opt_out",
        "review",
        "",
    ),
    # ... and a negated call in the past subjunctive with "any more", a demand that they stop,
    # a removal of "meu número do contato" (the lookahead for "conta" read "contato"), the
    # singular "ligação"
    (
        "já estou cansada de ser importunada por eles e gostaria não ligassem mais.",
        "opt_out",
        "review",
        "",
    ),  # rc13-17279e77eb
    (
        "Venho sendo importunado por ligações indevidas. Ordeno que parem.",
        "opt_out",
        "review",
        "",
    ),  # rc13-923c2e21b2
    (
        "Por diversas vezes pedi para excluir meu numero do contato deles",
        "opt_out",
        "review",
        "",
    ),  # rc13-a59848b3cb
    ("Gostaria de não receber mais ligação dessa empresa", "opt_out", "review", ""),  # e0c877cf35
    # ... not a purpose, a manner or a cancellation: the sender's how-to (rc7-6d1ffb5e0d),
    # "sans arrêt" (constantly), a telephone service or a contract cancelled
    (
        "Para dejar de recibir llamadas para ofrecerte servicios, realiza tu registro en REUS",
        "none",
        "ignore",
        "",
    ),
    ("je reçois sans arrêt des appels sur mon mobile et ça continue", "none", "ignore", ""),
    ("Quero cancelar o plano, cancelar as chamadas em espera e o roaming", "none", "ignore", ""),
    ("Fiz várias ligações para cancelar o plano e ninguém resolveu", "none", "ignore", ""),
    # round 14 (collected-v14 dev: loan-app reviews in Indonesian, Reclame Aqui; row ids
    # cited): "don't call / stop calling" in informal spelling, the number deleted, the data
    # deleted because of the calls, how to stop the calls; all to review
    ("jangan nelpon mulu gua udah muak gua gk minjem", "opt_out", "review", ""),  # 215fc6fa95
    ("plis gaush nelponin gw ya anj ganggu banget lu spam", "opt_out", "review", ""),  # 9666d0fd05
    ("Stop telfon saya menawarkan untuk meminjam.", "opt_out", "review", ""),  # rc14-b0b14ad351
    ("bisa ga sih csnya disuruh berenti nelpon², aku ga tertarik", "opt_out", "review", ""),
    ("udh gw email minta jangan telp2 lagi masih ada aja", "opt_out", "review", ""),  # 79e19c5627
    ("tolong di hapus no telfon saya di aplikasi anda.", "opt_out", "review", ""),  # df5183cc28
    (
        "KA tolong hapus data diri saya, soalnya sering di telpon terus di suruh minjam",
        "opt_out",
        "review",
        "",
    ),  # rc14-6f7ceefd99
    (
        "ngapain nelvon terus padahal apk nya aja udah gda , pas pengajuan gk acc, hapus dataku",
        "opt_out",
        "review",
        "",
    ),  # rc14-d326197258
    (
        "Setiap hari ditelpon oleh Bot. Bagaimana caranya agar saya tidak dihubungi lagi?",
        "opt_out",
        "review",
        "",
    ),  # rc14-2c3c2083eb
    ("UDAH DI TELPONIN TERUS. AWAS AJA KALO NELPON SEKALI LAGI", "opt_out", "review", ""),
    ("spam telpon buat penawaran, tolong deh stop!!!", "opt_out", "review", ""),  # 0bf144d642
    ("Já pedi para pararem de enviar spam por SMS e continuam", "opt_out", "review", ""),
    ("mesmo tendo informado no site naomeperturbe.com insistem", "opt_out", "review", ""),
    # ... not fewer calls (rc14-096542cf51), adverts (rc14-7cdf23cccc), an uninstalled app,
    # the writer's own calls, a way to avoid collection calls by paying
    ("harusnya jangan sering2, sehari saja bisa berkali2 tlp", "none", "ignore", ""),
    ("min kenapa masih di iklan di hp ku, jadi jangan ganggu ya", "none", "ignore", ""),
    ("tgl 12 juli sy hapus Aplikasi karna pengajuan di tolak", "none", "ignore", ""),
    ("kemarin saya nelpon biar akun ku di blokir", "none", "ignore", ""),
    ("bayar tepat waktu biar gak ditelpon penagih", "none", "ignore", ""),
    ("gimana caranya biar gak ditolak lagi", "none", "ignore", ""),
    # round 15 (on the spent files v1-v14; the wordings of issue #15's round 15 brief, where a
    # demand closes a long complaint, and one v14 row): a request reported as made, contact
    # that goes on after it, contact never permitted, the calls wanted to stop, calls for a
    # stranger; every language's form to review
    (
        "They keep calling me even though I told them I do not owe this debt.",
        "opt_out",
        "review",
        "",
    ),
    ("I never gave them permission to contact me on my cell phone.", "opt_out", "review", ""),
    ("I want the calls to stop.", "opt_out", "review", ""),
    ("I requested that they not call me anymore, yet the calls continue.", "opt_out", "review", ""),
    ("They continue to call me after I asked them to stop.", "opt_out", "review", ""),
    ("I asked them not to contact me at my place of employment.", "opt_out", "review", ""),
    ("I keep receiving calls for someone I do not know.", "opt_out", "review", ""),
    ("Continuam me ligando mesmo depois de eu pedir para parar.", "opt_out", "review", ""),
    ("Recebo ligações sem minha autorização todos os dias.", "opt_out", "review", ""),
    ("Siguen llamándome a pesar de que les pedí que no lo hicieran.", "opt_out", "review", ""),
    ("Me llaman sin mi consentimiento todos los días.", "opt_out", "review", ""),
    ("Je leur ai dit de ne plus m'appeler mais ils continuent.", "opt_out", "review", ""),
    ("Ils continuent de m'appeler malgré mes demandes.", "opt_out", "review", ""),
    ("Je reçois des appels sans mon consentement.", "opt_out", "review", ""),
    ("Je reçois des appels pour une personne que je ne connais pas.", "opt_out", "review", ""),
    ("Mereka menelepon tanpa izin saya setiap hari.", "opt_out", "review", ""),
    (
        "They call me 5 times a day and I have told them repeatedly to stop.",
        "opt_out",
        "review",
        "",
    ),
    (
        "I have told them that this is not my debt and they still keep calling.",
        "opt_out",
        "review",
        "",
    ),
    ("I informed them that I no longer wish to receive calls.", "opt_out", "review", ""),
    ("I have requested in writing that all communication cease.", "opt_out", "review", ""),
    ("They continue to harass me with phone calls.", "opt_out", "review", ""),
    ("Ich habe mehrmals gebeten, nicht mehr angerufen zu werden.", "opt_out", "review", ""),
    ("Continuano a chiamarmi nonostante abbia chiesto di non farlo.", "opt_out", "review", ""),
    ("Mi chiamano senza il mio consenso.", "opt_out", "review", ""),
    (
        "di jadiin kontak darurat sama orang lain,SDH di bilangin tp tetep aja nelponin",
        "opt_out",
        "review",
        "",
    ),  # rc14-c2134ecf15
    # ... not a card, charges, payments, a fee, a credit pull, the writer's own calls, a loan
    # or a charge without consent, data read without permission, a refused application
    ("I asked them to cancel my card.", "none", "ignore", ""),
    ("They keep charging me even though I told them I cancelled.", "none", "ignore", ""),
    ("I called them many times and I kept calling after I sent the letter.", "none", "ignore", ""),
    ("I asked them to stop the automatic payments.", "none", "ignore", ""),
    ("Remove the late fee from my credit report.", "none", "ignore", ""),
    ("I never gave them permission to pull my credit report.", "none", "ignore", ""),
    ("I want the charges to stop.", "none", "ignore", ""),
    ("I asked them to stop the garnishment.", "none", "ignore", ""),
    ("I asked them not to charge my account.", "none", "ignore", ""),
    ("I kept calling them after they told me to wait.", "none", "ignore", ""),
    ("Continuam me cobrando mesmo depois de eu pedir o cancelamento.", "none", "ignore", ""),
    ("Fizeram um empréstimo sem minha autorização.", "none", "ignore", ""),
    ("Me cobraron sin mi autorización.", "none", "ignore", ""),
    ("Mereka mengakses data saya tanpa izin.", "none", "ignore", ""),
    ("sudah saya bilang tapi tetap ditolak pengajuannya", "none", "ignore", ""),
    # round 15 (collected-v15 dev: US CFPB complaint narratives; row ids cited): a consumer tells
    # the regulator they told the caller to stop, and the calls went on: review
    (
        "they are still texting and calling me after I have told them not to call or text anymore",
        "opt_out",
        "review",
        "",
    ),  # rc15-0d46778146
    (
        "I had also previously told them to stop calling.",
        "opt_out",
        "review",
        "",
    ),  # rc15-43110b8e12
    (
        "I have repetitively told them to not call me at work.",
        "opt_out",
        "review",
        "",
    ),  # rc15-bb3dcf4f30
    (
        "Despite my clear request for them to stop calling, the company continues to contact me",
        "opt_out",
        "review",
        "",
    ),  # rc15-c4b4efaf9a
    (
        "harassed calling all the time demanding money even after being told to stop calling",
        "opt_out",
        "review",
        "",
    ),  # rc15-ebc634c891
    (
        "they constantly call me even after i have asked them not to.",
        "opt_out",
        "review",
        "",
    ),  # rc15-f22de674ae
    (
        "I have dealt with this for many months and just want the calls to stop",
        "opt_out",
        "review",
        "channel",
    ),  # rc15-33128ba159
    (
        "SEIZE ALL COMMUNICATION EFFORTS AND REMOVE THE NEGATIVE INQUIRY",
        "opt_out",
        "review",
        "",
    ),  # rc15-6d104175bd
    # ... and the same words about a credit file or a data breach are not a request to stop
    ("I asked them to stop reporting inaccurate info", "none", "ignore", ""),  # rc15-5571170cfb
    (
        "may have gotten into the hands of the wrong person",
        "none",
        "ignore",
        "",
    ),  # rc15-7b6e05d5e9
    # round 16 (on the spent files v1-v15; row ids cited where a spent row showed the form): a
    # request told in the passive or as a noun, the calls as subject, a caller after somebody
    # else, and the Portuguese demands that close a long complaint; every one to review
    (
        "request that they no longer contact me until debt has been verified",
        "opt_out",
        "review",
        "",
    ),  # rc15-24f7f4deb1
    ("I specifically stated to not be contacted until proof of debt", "opt_out", "review", ""),
    (
        "would appreciate if they do NOT call my place of employment OR my personal cell phone",
        "opt_out",
        "review",
        "",
    ),  # rc15-b8da9234a1
    (
        "I have repeatedly stated I do not know this person named XXXX XXXX and to stop calling",
        "opt_out",
        "review",
        "",
    ),  # rc15-479d36baaa
    ("My request to stop the calls was ignored.", "opt_out", "review", ""),
    ("The calls need to stop.", "opt_out", "review", ""),
    ("They are looking for someone else.", "opt_out", "review", ""),
    ("I am not the debtor they keep calling about.", "opt_out", "review", ""),
    (
        "Quero que essas ligações sejam interrompidas imediatamente.",
        "opt_out",
        "review",
        "",
    ),  # rc13-661b998dc2
    (
        "ja sinalizei varias vezes para que me tirem dessa maldita lista e NADA ACONTECEU!",
        "opt_out",
        "review",
        "",
    ),  # rc14-170358df19
    (
        "Já deixei claro diversas vezes que não tenho interesse, mas a empresa insiste em"
        " continuar perturbando minha vida",
        "opt_out",
        "review",
        "",
    ),  # rc14-397e24e92f
    # ... not charges, fees, payments, a credit file, a callback, a job opening, a credit bureau
    ("My request to stop the automatic payments was ignored.", "none", "ignore", ""),
    ("Despite my requests for a refund, nothing happened.", "none", "ignore", ""),
    ("The charges need to stop.", "none", "ignore", ""),
    ("I would appreciate if they call me back.", "none", "ignore", ""),
    ("They are looking for someone else to fill the position.", "none", "ignore", ""),
    ("Quero que as cobranças parem.", "none", "ignore", ""),
    ("Já pedi várias vezes para retirarem meu nome do SPC.", "none", "ignore", ""),
    ("Pedi o cancelamento mas continuam me cobrando.", "none", "ignore", ""),
    # ... and a debtors' list is not a mailing list: pt.tirem_me no longer applies it (the
    # word layer may still send "me tirem" to a person)
    ("Solicitei que me retirem da lista de negativados.", "none", "ignore", ""),
    ("Pedi para que me tirem da lista de inadimplentes.", "opt_out", "review", ""),
    # round 16 (collected-v16 dev: US CFPB complaint narratives; row ids cited): the consumer
    # asked the collector to stop calling or sending, in forms round 15 did not read: review
    (
        "I have had to call customer service 3 times to ask them to stop sending collections"
        " letters, but they keep coming.",
        "opt_out",
        "review",
        "",
    ),  # rc16-01e3d0dc2a
    (
        "We do not owe them anything. Please stop the calls.",
        "opt_out",
        "review",
        "",
    ),  # rc16-0dfb69b499
    (
        "Would like to stop getting these calls as they call everyday.",
        "opt_out",
        "review",
        "",
    ),  # rc16-34c2602507
    (
        "I want the XXXX agencies to remove that report on my record and also for the collection"
        " agency to not contact me for a debt i know nothing about.",
        "opt_out",
        "review",
        "",
    ),  # rc16-64032f23be
    (
        "I called it from my work phone and told her to take my number off of his name.",
        "opt_out",
        "review",
        "",
    ),  # rc16-68be0b8040
    (
        "I request that the collections calls to be stop, I am on the Do not Calls List",
        "opt_out",
        "review",
        "",
    ),  # rc16-6a8d010ef7
    (
        "I spoke with XXXX on XXXX/XXXX/15 at XXXX ( XXXX ) and asked her to cease the calls.",
        "opt_out",
        "review",
        "",
    ),  # rc16-984186b501
    (
        "I have called and demanded they stop calling my work as it has caused me great"
        " embarrassment with my staff.",
        "opt_out",
        "review",
        "",
    ),  # rc16-cab431e2e0
    # ... not payments, charges, fees or a loan
    ("I asked them to stop the automatic payments.", "none", "ignore", ""),
    ("Please stop the charges.", "none", "ignore", ""),
    ("I want them to not charge me a late fee.", "none", "ignore", ""),
    ("I would like to stop getting charged twice.", "none", "ignore", ""),
    ("I told her to take my name off the loan.", "none", "ignore", ""),
    # round 17 (collected-v17 dev: Chinese complaints about debt collection; wordings written
    # for the test, not rows): a stop of the collection itself, to review (r17_stop_collection)
    ("请你们停止催收，我会按时还款", "opt_out", "review", ""),
    ("要求立即停止对本人的催收行为", "opt_out", "review", ""),
    ("希望贵公司停催三个月", "opt_out", "review", ""),
    ("不要再上门催收了", "opt_out", "review", ""),
    ("我只要求暂停催收，协商分期", "opt_out", "review", ""),
    ("希望暂缓催收三个月", "opt_out", "review", ""),
    ("不要暴力催收", "opt_out", "review", ""),  # the manner only, or the contact: a person decides
    # ... a stop of calls, visits or harassment, and a demand before "不再" (r17_stop_contact)
    ("请停止打电话到我的单位", "opt_out", "review", "channel"),  # calls only: a person confirms
    ("也别在打电话催了", "opt_out", "review", ""),  # 在 typed for 再
    ("你们不要骚扰我", "opt_out", "review", ""),
    ("请保证以后不再打电话骚扰我", "opt_out", "review", ""),
    ("我不希望再接到催收电话", "opt_out", "review", ""),
    ("请立即停止电话轰炸", "opt_out", "review", ""),
    # ... spam and marketing texts, deleting the writer's details
    ("我不需要这类广告短信", "opt_out", "review", ""),
    ("请删除我的个人信息", "opt_out", "review", ""),
    ("麻烦把本人的个人信息删除", "opt_out", "review", ""),
    ("删除我在贵公司的个人信息", "opt_out", "review", ""),
    # ... a stop aimed only at family, friends or third parties: review, never applied
    ("停止对亲友的骚扰", "opt_out", "review", ""),
    ("停止骚扰我的家人", "opt_out", "review", ""),
    ("不要再打扰我父母", "opt_out", "review", ""),
    ("不要给我的紧急联系人打电话", "opt_out", "review", ""),
    ("停止对我和家人的骚扰", "opt_out", "apply", ""),  # the writer too
    # ... an unsubscribe from a paid product is not from the messages: review, not applied
    ("我买了保险，现在要求退订", "opt_out", "review", ""),
    ("银行给我开通了会员，我要退订这项服务", "opt_out", "review", ""),
    ("保险公司每天给我发短信，退订也没用", "opt_out", "apply", ""),
    # ... and kept out: a stop after the collection, the writer's own stop, fewer calls,
    # the outsourced collectors (who calls), a plain "don't call" that may be "not now",
    # someone else's call, a credit record
    ("催收停止了吗", "none", "ignore", ""),
    ("没有停止催收", "none", "ignore", ""),
    ("我已经停止还款", "none", "ignore", ""),
    ("停止使用信用卡后开始催收", "none", "ignore", ""),
    ("希望减少催收频率", "none", "ignore", ""),
    ("请银行停止第三方催收，直接联系我", "none", "ignore", ""),
    ("银行要求我不要给银监局打电话", "none", "ignore", ""),
    ("你别打电话了，我在开会", "none", "ignore", ""),
    ("他们说不再催收了", "none", "ignore", ""),
    ("删除征信不良记录", "none", "ignore", ""),
    ("拒绝接听陌生电话是我的习惯", "none", "ignore", ""),
    ("删除本人名下的贷款信息", "none", "ignore", ""),
    ("取消分期后开始催收", "none", "ignore", ""),
    # round 18 (collected-v18 dev: Brazilian complaints; sentences written for the shapes, not
    # taken from the rows): a demand to remove the writer's data or contact in noun or
    # infinitive form, a request made before, cancel said of an address, letters, contact
    # refused, mail meant for somebody else: review (ROUND_18 below names the rule for each)
    *((text, "opt_out", "review", "") for text, _ in ROUND_18),
    # ... not a closure, a credit register, a product, a phone line
    (
        "Vou encerrar o serviço, então solicito a exclusão dos meus dados da minha conta e o"
        " reembolso.",
        "none",
        "ignore",
        "",
    ),
    (
        "Paguei tudo em dia e solicito a exclusão dos meus dados do Serasa o quanto antes.",
        "none",
        "ignore",
        "",
    ),
    ("Não quero receber o cartão novo que vocês mandaram sem eu pedir nada.", "none", "ignore", ""),
    (
        "Quero cancelar meu número de telefone da operadora porque vou mudar de país.",
        "none",
        "ignore",
        "",
    ),
    # a wording a blocker claimed is read by nothing else: not the word classes, not the
    # learned layer's short-message review (which scores "stop reporting this debt" 0.94)
    ("stop reporting this debt", "none", "ignore", ""),
    ("Stop reporting this debt!", "none", "ignore", ""),
    # "hapus data saya" without a number or a contact word is not applied (round 14: often an
    # account closed after a refused loan); a person decides; the number is still applied
    ("hapus data saya", "opt_out", "review", ""),
    ("hapus nomor saya", "opt_out", "apply", ""),
    ("tiap hari nawarin pinjaman terus, hapus data saya", "opt_out", "review", ""),
    # "hentikan" (stop!) reads as "berhenti" does: its pattern was never tried, the entry's
    # gate naming only "berhenti stop"
    ("hentikan spam telepon ke nomor saya", "opt_out", "apply", ""),
    ("tolong hentikan pinjaman saya", "none", "ignore", ""),
    # asked to stop calling or emailing: one rule (cfpb_told_them_stop), whatever the verb
    ("We have asked the company twice to stop emailing", "opt_out", "review", ""),
    ("I asked to be removed from the list", "opt_out", "apply", ""),
    # round 17 (written blind from the languages, no corpus row: the shapes of a demand that
    # closes a long complaint, in es, de, it, nl, zh, fr, id); all to review
    ("Exijo que no me vuelvan a llamar.", "opt_out", "review", "channel"),
    ("Le pedí al asesor que no me llamaran más, pero siguen igual.", "opt_out", "review", ""),
    ("Quiero que eliminen mi teléfono de su sistema.", "opt_out", "review", ""),
    ("Lo único que pido es que me dejen tranquilo.", "opt_out", "review", ""),
    ("Ich möchte, dass Sie mich nicht mehr anrufen.", "opt_out", "review", ""),
    ("Hören Sie endlich auf, mich anzurufen!", "opt_out", "review", ""),
    ("Hiermit verlange ich die Löschung meiner Telefonnummer.", "opt_out", "review", ""),
    ("Ich möchte nur, dass man mich in Ruhe lässt.", "opt_out", "review", ""),
    ("Sie rufen ständig an, obwohl ich nie zugestimmt habe.", "opt_out", "review", ""),
    ("Schluss mit diesen Anrufen!", "opt_out", "review", ""),
    ("Ich untersage Ihnen jede weitere Kontaktaufnahme.", "opt_out", "review", ""),
    ("Ho già detto di non chiamarmi più ma continuano.", "opt_out", "review", ""),
    ("Esigo che non mi chiamino più.", "opt_out", "review", ""),
    ("Vi chiedo di cancellare il mio numero dai vostri elenchi.", "opt_out", "review", ""),
    ("Chiedo la cancellazione dei miei dati.", "opt_out", "review", ""),
    ("Vi diffido dal contattarmi ulteriormente.", "opt_out", "review", ""),
    ("Ik heb gezegd dat ze me niet meer moeten bellen.", "opt_out", "review", ""),
    ("Ik eis dat jullie mijn nummer uit het bestand verwijderen.", "opt_out", "review", ""),
    ("Hou op met bellen!", "opt_out", "review", ""),
    ("Stop met dat gebel!", "opt_out", "review", ""),
    ("Ze bellen elke dag zonder mijn toestemming.", "opt_out", "review", ""),
    ("Ik wil gewoon met rust gelaten worden.", "opt_out", "review", ""),
    ("Ik wil geen telefoontjes meer.", "opt_out", "apply", ""),
    ("我不想再接到你们的电话。", "opt_out", "review", ""),
    ("他们没有经过我的同意就一直给我打电话。", "opt_out", "review", ""),
    ("请不要打我电话。", "opt_out", "review", "channel"),
    ("请删除我的个人信息。", "opt_out", "review", ""),
    ("再打电话来我就报警。", "opt_out", "review", "channel"),
    ("你们天天打电话骚扰我。", "opt_out", "review", ""),
    ("Je vous demande de supprimer mon numéro de votre fichier.", "opt_out", "review", ""),
    ("Saya tidak mau ditelpon lagi.", "opt_out", "review", ""),
    # ... contact that goes on after the writer left or objected, do-not-call registers,
    # unwanted calls, "they won't stop calling", calls to the family, bombarding
    (
        "Ständig diese Werbeanrufe, obwohl ich schon mehrfach widersprochen habe.",
        "opt_out",
        "review",
        "",
    ),
    ("Könnt ihr bitte aufhören, mir jeden Tag SMS zu schicken?", "opt_out", "review", ""),
    ("Ich stehe auf der Robinsonliste und werde trotzdem angerufen.", "opt_out", "review", ""),
    ("Telefonterror vom Feinsten, jeden Tag drei Anrufe.", "opt_out", "review", ""),
    ("Me llegan mensajes todos los días aunque ya me di de baja.", "opt_out", "review", ""),
    ("No paran de llamarme para ofrecerme un préstamo.", "opt_out", "review", ""),
    ("Me tienen harto con sus llamadas.", "opt_out", "review", ""),
    ("Sono iscritto al registro delle opposizioni e continuano.", "opt_out", "review", ""),
    ("Ho revocato il consenso ma continuano a mandarmi email.", "opt_out", "review", ""),
    ("Mi chiamano sempre per offerte che non ho chiesto.", "opt_out", "review", "topic"),
    ("Non smettono di chiamarmi.", "opt_out", "review", ""),
    ("Ik word elke dag gebeld, ook al heb ik me afgemeld.", "opt_out", "review", ""),
    ("Ik sta in het Bel-me-niet Register en toch bellen ze.", "opt_out", "review", ""),
    ("Hoe kom ik van deze telefoontjes af?", "opt_out", "review", ""),
    ("请把我的号码加入免打扰名单。", "opt_out", "review", ""),
    ("拒绝接收任何营销短信。", "opt_out", "review", ""),
    ("不要再给我的家人打电话。", "opt_out", "review", ""),
    ("每天短信轰炸。", "opt_out", "review", ""),
    ("唔好再打嚟啦！", "opt_out", "review", ""),
    ("Je suis inscrit sur Bloctel et ils appellent encore.", "opt_out", "review", ""),
    ("怎么取消这个issue的邮件通知？", "opt_out", "review", ""),
    ("请不要再拉我进群。", "opt_out", "review", ""),
    ("每天几十个电话，严重影响生活，要求立即停止。", "opt_out", "review", ""),
    ("要求平台不再联系我。", "opt_out", "review", ""),
    ("已经说了不需要，还一直打电话推销。", "opt_out", "review", ""),
    (
        "我明确表示过不需要这项服务，请停止推销。",
        "opt_out",
        "review",
        "",
    ),  # every kind of contact, not calls only
    ("拒绝一切营销电话。", "opt_out", "review", ""),
    ("Bitte nehmt mich aus dem Verteiler.", "opt_out", "apply", ""),
    ("Wie werde ich diese Mails los?", "opt_out", "review", ""),
    (
        "Warum bekomme ich ständig Anrufe von euch? Ich bin nicht mal Kunde.",
        "opt_out",
        "review",
        "",
    ),
    ("Ich verbiete Ihnen, mich weiterhin anzurufen.", "opt_out", "review", ""),
    ("¿Cómo dejo de recibir notificaciones de este repositorio?", "opt_out", "review", ""),
    ("Me llaman diez veces al día, ya no sé qué hacer para que paren.", "opt_out", "review", ""),
    ("Les exijo que cesen inmediatamente las llamadas.", "opt_out", "review", ""),
    ("Me tienen cansado con tantas llamadas.", "opt_out", "review", ""),
    ("Come faccio a disattivare le notifiche di questo progetto?", "opt_out", "review", ""),
    ("Vi intimo di cessare immediatamente le chiamate.", "opt_out", "review", ""),
    ("Haal me alsjeblieft van deze mailinglijst.", "opt_out", "apply", ""),
    ("Hoe zet ik de notificaties van dit project uit?", "opt_out", "review", ""),
    ("Ik verzoek u het bellen per direct te staken.", "opt_out", "review", ""),
    ("Geen interesse, ik vraag u nooit meer contact met me op te nemen.", "opt_out", "review", ""),
    ("Neem nooit meer contact met mij op.", "opt_out", "review", ""),
    ("Bitte nehmt mich in den Verteiler für das Release auf.", "none", "ignore", ""),
    ("Por favor agréguenme a la lista del evento.", "none", "ignore", ""),
    ("Zet me alsjeblieft op de lijst voor het evenement.", "none", "ignore", ""),
    (
        "Me llaman todos los días. Ya les dije que no quiero ninguna tarjeta.",
        "opt_out",
        "review",
        "",
    ),
    ("Mi chiamano ogni giorno, ho già detto che non mi interessa.", "opt_out", "review", ""),
    (
        "Sie rufen jeden Tag an, obwohl ich klar gesagt habe, dass ich kein Interesse habe.",
        "opt_out",
        "review",
        "",
    ),
    ("Ze bellen elke week, ik heb al gezegd dat ik geen interesse heb.", "opt_out", "review", ""),
    ("udah dibilang ga minat tapi masih aja nawarin pinjaman", "opt_out", "review", ""),
    ("jan spam telpon gw terus", "opt_out", "review", ""),
    ("Ya les dije que no quiero el seguro y me lo cobraron igual.", "none", "ignore", ""),
    ("Me siguen llegando mensajes aunque ya me di de baja.", "opt_out", "review", ""),
    # ... and the same shapes about charges, contracts and bills are not requests
    ("不要再发错货了。", "none", "ignore", ""),
    (
        "Sie rufen an. Ich habe gesagt, dass ich kein Interesse an der Versicherung habe, trotzdem"
        " wurde sie abgebucht.",
        "none",
        "ignore",
        "",
    ),
    ("Aunque ya me di de baja del gimnasio, me siguen cobrando la cuota.", "none", "ignore", ""),
    ("Ho chiesto la cancellazione del contratto ma continuano a fatturare.", "none", "ignore", ""),
    ("Perché continuano a mandarmi la bolletta sbagliata?", "none", "ignore", ""),
    (
        "¿Por qué me siguen enviando la factura en papel si pedí la electrónica?",
        "none",
        "ignore",
        "",
    ),
    ("一天打十几个电话，还让不让人活了", "opt_out", "review", ""),
    ("投诉该公司频繁发送营销短信。", "opt_out", "review", ""),
    (
        "我要求贵司停止一切形式的联系。",
        "opt_out",
        "review",
        "",
    ),  # every kind of contact, not calls only
    ("未经本人同意，擅自发送推广短信。", "opt_out", "review", ""),
    ("一天打了好几个电话给客服都没人接。", "none", "ignore", ""),
    ("每天给我发邮件提醒开会。", "none", "ignore", ""),
    ("Ik ben geen klant van jullie, waarom bellen jullie mij?", "opt_out", "review", ""),
    ("Hoe meld ik me af?", "opt_out", "review", ""),
    ("Ik ontvang nog steeds mails van jullie.", "opt_out", "review", ""),
    ("Ik heb nooit toestemming gegeven om mij te bellen.", "opt_out", "review", ""),
    ("Warum ruft ihr mich an? Ich bin kein Kunde.", "opt_out", "review", ""),
    ("Ich habe nie eine Einwilligung gegeben, angerufen zu werden.", "opt_out", "review", ""),
    ("¿Por qué me llaman si no soy cliente?", "opt_out", "review", ""),
    ("Perché mi chiamate se non sono vostro cliente?", "opt_out", "review", ""),
    ("Por que vocês me ligam se não sou cliente?", "opt_out", "review", ""),
    ("Pourquoi vous m'appelez alors que je ne suis pas client ?", "opt_out", "review", ""),
    (
        "Ich warte seit einer Woche. Warum ruft ihr mich nicht an, wie versprochen?",
        "none",
        "ignore",
        "",
    ),
    (
        "¿Por qué me llamaron para ofrecerme una tarjeta y luego me la negaron en la sucursal?",
        "none",
        "ignore",
        "",
    ),
    (
        "Ik krijg nog steeds geen sms met de code, ik heb het al drie keer geprobeerd.",
        "none",
        "ignore",
        "",
    ),
    # ... calls meant for somebody else (round 13's wrong-person reading in more languages)
    ("Sie rufen ständig an. Ich kenne diese Person nicht.", "opt_out", "review", ""),
    ("Sie suchen jemanden, den ich gar nicht kenne.", "opt_out", "review", ""),
    ("Cercano una persona che non conosco.", "opt_out", "review", ""),
    ("Ze zoeken iemand die ik niet ken.", "opt_out", "review", ""),
    ("Verkeerd nummer!", "opt_out", "review", ""),
    (
        "Je ne connais pas cette personne, vous vous êtes trompés de numéro.",
        "opt_out",
        "review",
        "",
    ),
    ("Buscan a una persona que no conozco.", "opt_out", "review", ""),
    ("你们打错了，我不认识这个人。", "opt_out", "review", ""),
    ("这个号码我已经用了十年，我不是借款人本人。", "opt_out", "review", ""),
    (
        "du fragst die falsche Person, aber ich wollte immer einen Burger probieren!",
        "none",
        "ignore",
        "",
    ),
    ("Ich kenne die Person, die den Vertrag abgeschlossen hat, sehr gut.", "none", "ignore", ""),
    ("没事没事，刚才他们用我的手机打错电话了啊！", "none", "ignore", ""),
    # ... stop using the writer's number or data; a block list
    ("No vuelvan a usar mis datos para llamarme.", "opt_out", "review", ""),
    ("Verwenden Sie meine Daten nicht mehr für Werbung.", "opt_out", "review", "topic"),
    ("Setzen Sie mich auf Ihre Sperrliste.", "opt_out", "review", ""),
    ("Non usate più il mio numero per fini commerciali.", "opt_out", "review", ""),
    ("Mettetemi nella lista di esclusione.", "opt_out", "review", ""),
    ("Gebruik mijn gegevens niet meer voor reclame.", "opt_out", "review", "topic"),
    ("Ik wil uit jullie bestand.", "opt_out", "review", ""),
    ("Parem de usar meus dados para me ligar.", "opt_out", "review", ""),
    ("N'utilisez plus mes coordonnées à des fins commerciales.", "opt_out", "review", ""),
    ("请不要再使用我的手机号发送广告。", "opt_out", "review", ""),
    (
        "Bloqueen este número, llaman diciendo que son del banco pero es una estafa.",
        "none",
        "ignore",
        "",
    ),
    # ... more forms (a second own set, written before these rules)
    ("Rufen Sie diese Nummer bitte nie wieder an.", "opt_out", "review", "channel"),
    (
        "Es reicht jetzt mit den Anrufen, lassen Sie mich endlich in Frieden.",
        "opt_out",
        "review",
        "",
    ),
    ("Ich verlange, dass diese Belästigung sofort aufhört.", "opt_out", "review", ""),
    ("Ich möchte, dass Sie mich aus Ihrer Kundenkartei streichen.", "opt_out", "apply", ""),
    ("Wenn Sie mich noch einmal anrufen, zeige ich Sie an.", "opt_out", "review", ""),
    (
        "Le pedí a la operadora que me sacaran de la lista y siguen llamando.",
        "opt_out",
        "review",
        "",
    ),
    ("Quiero que cese el acoso telefónico inmediatamente.", "opt_out", "review", ""),
    ("Ni se les ocurra volver a llamarme.", "opt_out", "review", ""),
    ("Si me vuelven a llamar los denuncio.", "opt_out", "review", ""),
    ("Pretendo la rimozione immediata dei miei dati dai vostri sistemi.", "opt_out", "review", ""),
    ("Non voglio essere più disturbato da voi.", "opt_out", "review", ""),
    ("Bel dit nummer alsjeblieft nooit meer.", "opt_out", "review", "channel"),
    ("Als jullie nog één keer bellen, dien ik een klacht in.", "opt_out", "review", ""),
    ("再打过来我就去消协投诉。", "opt_out", "review", "channel"),
    ("不要再用各种号码给我打电话了。", "opt_out", "review", "channel"),
    ("Wenn Sie mich noch einmal anrufen könnten, wäre das nett.", "none", "ignore", ""),
    ("Si me vuelven a llamar mañana les confirmo la dirección.", "none", "ignore", ""),
    ("Als jullie nog een keer bellen, ben ik er om tien uur.", "none", "ignore", ""),
    # ... a third own set (written before these rules): refusals, no contact of any kind,
    # "until when", messages after turning them off
    (
        "Die App schickt mir jeden Tag Push-Nachrichten, obwohl ich das ausgeschaltet habe.",
        "opt_out",
        "review",
        "",
    ),
    ("Unterlassen Sie es, mich weiterhin zu kontaktieren.", "opt_out", "review", ""),
    (
        "Ich erwarte, dass meine Nummer ab sofort nicht mehr angerufen wird.",
        "opt_out",
        "review",
        "",
    ),
    ("Me niego a seguir recibiendo sus llamadas.", "opt_out", "review", ""),
    ("No deseo ningún tipo de contacto con su empresa.", "opt_out", "review", ""),
    ("¿Hasta cuándo van a seguir llamándome? Ya basta.", "opt_out", "review", ""),
    ("¿Se puede desactivar el spam de SMS de alguna forma?", "opt_out", "review", ""),
    ("Mi rifiuto di continuare a ricevere le vostre chiamate.", "opt_out", "review", ""),
    ("Non desidero alcun tipo di contatto con la vostra azienda.", "opt_out", "review", ""),
    ("Chiedo che il mio numero sia rimosso da tutte le vostre liste.", "opt_out", "review", ""),
    ("Ik weiger nog langer jullie telefoontjes te ontvangen.", "opt_out", "review", ""),
    ("Hoe lang blijven jullie mij nog bellen? Het is genoeg zo.", "opt_out", "review", ""),
    ("Ik verwacht dat ik vanaf nu niet meer word gebeld.", "opt_out", "review", ""),
    ("Ik wil op geen enkele manier nog contact met jullie bedrijf.", "opt_out", "review", ""),
    ("我拒绝继续接听你们的电话。", "opt_out", "review", ""),
    ("我不希望和贵公司有任何联系。", "opt_out", "review", ""),
    ("这个APP天天推送广告，关了通知还在推。", "opt_out", "review", ""),
    # a bug report: the messages stopped arriving, the writer wants them back
    (
        "Die App schickt mir keine Push-Nachrichten mehr seit dem Update, bitte fixen.",
        "none",
        "ignore",
        "",
    ),
    ("Die App schickt mir keine Nachrichten mehr, seit dem Update", "none", "ignore", ""),
    ("Ich bekomme seit gestern keine SMS mehr", "none", "ignore", ""),
    # ... while the same words as a demand, the verb first, ask for none
    ("Schickt mir keine SMS mehr!", "opt_out", "apply", ""),
    ("Bitte schicken Sie mir keine Nachrichten mehr", "opt_out", "apply", ""),
    ("更新以后这个APP不再推送通知了，求修复。", "none", "ignore", ""),
    # ... a fourth own set (written before these rules)
    (
        "Nehmen Sie zur Kenntnis, dass ich keine telefonische Werbung wünsche.",
        "opt_out",
        "review",
        "topic",
    ),
    ("Bitte keine Werbemails mehr an diese Adresse!", "opt_out", "review", ""),
    ("Ich bitte Sie, von weiteren Anrufen abzusehen.", "opt_out", "review", ""),
    (
        "Sollten Sie mich erneut kontaktieren, schalte ich einen Anwalt ein.",
        "opt_out",
        "review",
        "",
    ),
    (
        "Me aseguraron que no me volverían a llamar y siguen llamando.",
        "opt_out",
        "review",
        "channel",
    ),
    ("Les ruego que se abstengan de llamarme en el futuro.", "opt_out", "review", ""),
    ("Vi prego di astenervi dal contattarmi in futuro.", "opt_out", "review", ""),
    (
        "Mi avevano assicurato che non mi avrebbero più chiamato, invece continuano.",
        "opt_out",
        "review",
        "",
    ),
    ("Ik laat u weten dat ik geen commerciële telefoontjes wens.", "opt_out", "review", ""),
    ("Geen reclamemails meer naar dit adres alstublieft.", "opt_out", "review", ""),
    ("Ik verzoek u mij in de toekomst niet meer te benaderen.", "opt_out", "review", ""),
    ("特此告知，本人不接受任何电话营销。", "opt_out", "review", ""),
    ("客服答应不再给我打电话，结果还是天天打。", "opt_out", "review", ""),
    ("请贵司今后不要再以任何方式联系本人。", "opt_out", "review", ""),
    ("Ich bitte Sie, von einer Mahngebühr abzusehen.", "none", "ignore", ""),
    ("Les ruego que se abstengan de cobrarme la comisión.", "none", "ignore", ""),
    ("请贵司今后不要再以任何理由扣费。", "none", "ignore", ""),
    # ... a fifth own set (zh, written before these rules)
    ("你们公司的推销电话一天打三四次，能不能消停点？", "opt_out", "review", ""),
    ("我已经在APP里关闭了营销短信，但是还是收到。", "opt_out", "review", ""),
    ("这个号码不是借款人的，请核实后删除。", "opt_out", "review", ""),
    ("请停止使用我的手机号码注册。", "opt_out", "review", ""),
    ("天天打电话，我都要崩溃了，求求你们别打了。", "opt_out", "review", ""),
    ("我现在在客户这里等会我给你回个电话啊，先不要打了", "none", "ignore", ""),
    ("我要求停止自动扣款。", "none", "ignore", ""),
    ("你们再不退款，我就向消协投诉。", "none", "ignore", ""),
    # ... a sixth own set (de, es, it, nl; written before these rules): not a customer, an
    # objection to any contact, the calls stopped with the verb last, no right to call; and "he
    # pedido" (I have asked) is no longer read as "el pedido" (an order, a product)
    (
        "Seit Wochen ruft mich eine Nummer von Ihnen an, ich bin kein Kunde.",
        "opt_out",
        "review",
        "",
    ),
    ("Ich widerspreche jeder weiteren telefonischen Kontaktaufnahme.", "opt_out", "review", ""),
    ("Löschen Sie mich bitte aus Ihrem Adressbestand.", "opt_out", "apply", ""),
    ("Hiermit untersage ich Ihnen, mich zu Werbezwecken anzurufen.", "opt_out", "review", ""),
    ("Ich habe Sie mehrfach aufgefordert, die Anrufe einzustellen.", "opt_out", "review", ""),
    ("Sie haben kein Recht, mich ständig anzurufen.", "opt_out", "review", ""),
    ("Me llama un número de su empresa, no soy cliente.", "opt_out", "review", ""),
    ("Me opongo a cualquier contacto telefónico futuro.", "opt_out", "review", ""),
    ("Les he pedido varias veces que cesen las llamadas.", "opt_out", "review", ""),
    ("No tienen derecho a llamarme a todas horas.", "opt_out", "review", ""),
    ("Mi chiama un numero della vostra azienda, non sono cliente.", "opt_out", "review", ""),
    ("Mi oppongo a qualsiasi ulteriore contatto telefonico.", "opt_out", "review", ""),
    ("Non avete il diritto di chiamarmi a tutte le ore.", "opt_out", "review", ""),
    ("Er belt een nummer van jullie, ik ben geen klant.", "opt_out", "review", ""),
    ("Ik maak bezwaar tegen elk verder telefonisch contact.", "opt_out", "review", ""),
    ("Ik wil deze mails niet meer ontvangen, hoe doe ik dat?", "opt_out", "review", ""),
    ("Ik heb jullie gevraagd om te stoppen met bellen.", "opt_out", "review", "channel"),
    ("Jullie hebben niet het recht om mij steeds te bellen.", "opt_out", "review", ""),
    ("我根本不是你们的客户，为什么一直打电话？", "opt_out", "review", ""),
    ("Ich habe Sie mehrfach aufgefordert, die Rechnung zu korrigieren.", "none", "ignore", ""),
    ("Les he pedido varias veces que corrijan la factura.", "none", "ignore", ""),
    # ... a seventh own set (de, es, it, nl; written before these rules)
    ("Ich möchte nicht, dass Sie mich weiterhin kontaktieren.", "opt_out", "review", ""),
    ("Können Sie meine Handynummer bitte aus der Werbedatenbank nehmen?", "opt_out", "apply", ""),
    ("Ihre Anrufe sind eine Zumutung, ich will davon nichts mehr hören.", "opt_out", "review", ""),
    ("Ich verbitte mir jeden weiteren Anruf.", "opt_out", "review", ""),
    ("Woher haben Sie überhaupt meine Nummer? Löschen!", "opt_out", "review", ""),
    ("Sus llamadas son un abuso, no quiero saber nada más de ustedes.", "opt_out", "review", ""),
    ("Estas llamadas tienen que parar.", "opt_out", "review", ""),
    ("No quiero que me llamen más, punto.", "opt_out", "apply", ""),
    ("¿De dónde sacaron mi número? Bórrenlo.", "opt_out", "review", ""),
    ("Non voglio che continuiate a contattarmi.", "opt_out", "review", ""),
    ("Le vostre telefonate sono un abuso, non voglio più sentirvi.", "opt_out", "review", ""),
    ("Queste chiamate devono finire.", "opt_out", "review", ""),
    ("Dove avete preso il mio numero? Cancellatelo.", "opt_out", "review", ""),
    ("Ik wil niet dat jullie mij nog langer benaderen.", "opt_out", "review", ""),
    (
        "Jullie telefoontjes zijn een schande, ik wil niets meer van jullie horen.",
        "opt_out",
        "review",
        "",
    ),
    ("Deze telefoontjes moeten stoppen.", "opt_out", "review", ""),
    ("Waar hebben jullie mijn nummer vandaan? Verwijderen!", "opt_out", "review", ""),
    ("你们从哪里拿到我的电话号码的？", "opt_out", "review", ""),
    ("Woher haben Sie überhaupt diese Preise? Unverschämt!", "none", "ignore", ""),
    ("¿De dónde sacaron estos precios? Un abuso.", "none", "ignore", ""),
    ("Waar halen jullie deze prijzen vandaan? Belachelijk.", "none", "ignore", ""),
    ("后来他们就不再联系我了，问题解决。", "none", "ignore", ""),
    ("请不要再延迟发货了。", "none", "ignore", ""),
    ("停止自动续费。", "none", "ignore", ""),
    (
        "For months I get collection calls. I want them to stop charging me late fees.",
        "none",
        "ignore",
        "",
    ),
    (
        "My cell number has been on the Do Not Call list for years and they still call.",
        "opt_out",
        "review",
        "",
    ),
    ("They harass me at my job every single day. I want it to stop.", "opt_out", "review", ""),
    ("I want this to stop charging my card twice.", "none", "ignore", ""),
    # ... a friend's photos, a friend's memes ("ya" is Spanish and Indonesian too: not "you")
    (
        "Un amigo no para de mandar fotos de la fiesta de anoche y yo aquí estudiando.",
        "none",
        "ignore",
        "",
    ),
    ("Hör auf mir Memes zu schicken, ich muss lernen", "none", "ignore", ""),
    ("jangan ya telpon saya lagi", "opt_out", "review", ""),
    # ... not good news, a callback, the writer's own deletion, an account number, a fee
    ("Seitdem haben sie mich nicht mehr angerufen, danke.", "none", "ignore", ""),
    ("Ich konnte Sie gestern nicht mehr anrufen, weil mein Akku leer war.", "none", "ignore", ""),
    (
        "Da quando ho protestato con il servizio clienti non mi chiamano più, grazie a tutti.",
        "none",
        "ignore",
        "",
    ),
    (
        "Ieri sera ho cancellato il mio numero vecchio dal profilo e ho messo quello nuovo.",
        "none",
        "ignore",
        "",
    ),
    (
        "Sindsdien bellen ze me niet meer, dank je wel voor de snelle hulp van jullie.",
        "none",
        "ignore",
        "",
    ),
    (
        "Ik heb gisteren mijn oude nummer uit mijn profiel verwijderd en het nieuwe ingevuld.",
        "none",
        "ignore",
        "",
    ),
    ("No me han vuelto a llamar desde el lunes, gracias.", "none", "ignore", ""),
    ("Quiero que eliminen el número de cuenta antiguo de mi perfil.", "none", "ignore", ""),
    ("Solicito la eliminación del cargo indebido en mi tarjeta.", "none", "ignore", ""),
    ("我已经删除了我的旧号码。", "none", "ignore", ""),
    ("请停止扣费，我已经还清了。", "none", "ignore", ""),
    ("Je veux supprimer mon compte client.", "none", "ignore", ""),
    # round 20: an operator's telemarketing, review; billing and a stolen line are not asked
    (
        "Ligam toda semana oferecendo planos, gostaria que apagassem meu nº de celular da base.",
        "opt_out",
        "review",
        "",
    ),
    (
        "Vocês ligam o dia todo, peço o bloqueio do meu telefone no cadastro de telemarketing.",
        "opt_out",
        "review",
        "",
    ),
    ("Solicito o bloqueio do meu número porque o celular foi roubado.", "none", "ignore", ""),
    (
        "Por favor excluam o celular da minha avó do mailing de vocês, ela não é cliente.",
        "opt_out",
        "review",
        "",
    ),
    ("Quero retirar o número do meu pedido do sistema de vocês.", "none", "ignore", ""),
    (
        "Mudei de endereço faz um ano e não desejo receber oferta nenhuma desta operadora.",
        "opt_out",
        "review",
        "",
    ),
    (
        "Já mudei de endereço faz um ano e não quero receber cobrança nenhuma desta operadora.",
        "none",
        "ignore",
        "",
    ),
    (
        "Peço por favor que conferam o contrato antigo e param de me ligar às seis da manhã.",
        "opt_out",
        "review",
        "",
    ),
    ("Peço que verifiquem o sistema e param de cobrar o que já paguei.", "none", "ignore", ""),
    (
        "Eu pedi várias vezes que parassem de me procurar, nunca fui cliente dessa operadora.",
        "opt_out",
        "review",
        "",
    ),
    ("Parem de procurar desculpas e consertem a internet do bairro.", "none", "ignore", ""),
    ("Tim, parem de cobrar uma mensalidade que não devemos!", "none", "ignore", ""),
    ("Peço que cessem as cobranças indevidas na minha fatura.", "none", "ignore", ""),
    # round 22: the writer's own failed deletion, an account, a disclaimer with no calls, a time
    # of day, a due date with no contact, adverts, a warning to other borrowers; none is read
    (
        "Pengajuan ditolak dua kali, saya mau hapus data tapi tidak bisa, tolong perbaiki.",
        "none",
        "ignore",
        "",
    ),
    # round 21 (written blind, tune24): pt, es and id demands to stop calls, numbers off
    # lists, wrong people, relatives; review. Charges, accounts, lost lines are not asked
    ("Solicito a imediata interrupção das ligações e mensagens.", "opt_out", "review", ""),
    ("Peço a suspensão imediata de todas as ligações para o meu celular.", "opt_out", "review", ""),
    ("Exijo o fim dessas ligações de telemarketing.", "opt_out", "review", ""),
    ("Quero parar de receber essas ofertas por SMS.", "opt_out", "review", "topic"),
    ("Gostaria de parar de receber ligações da empresa.", "opt_out", "review", ""),
    ("Já pedi várias vezes para pararem e continuam.", "opt_out", "review", ""),
    ("Pedi para que não me ligassem mais e nada adiantou.", "opt_out", "review", ""),
    ("Falei com o atendente para não me ligar mais.", "opt_out", "review", ""),
    ("Não retiram meu número da lista, já pedi mil vezes.", "opt_out", "review", ""),
    ("Peço que removam meu nome e telefone do cadastro de vocês.", "opt_out", "review", ""),
    ("Solicito a exclusão deste endereço de e-mail da base de vocês.", "opt_out", "review", ""),
    (
        "Estou cadastrado no Não Me Perturbe e continuo recebendo ligações de vocês.",
        "opt_out",
        "review",
        "",
    ),
    (
        "Meu número está bloqueado no Procon e mesmo assim me ligam todo dia.",
        "opt_out",
        "review",
        "",
    ),
    ("Não sou eu o devedor, não conheço esse homem, esqueçam meu número.", "opt_out", "review", ""),
    ("Esqueçam o meu telefone, por favor.", "opt_out", "review", ""),
    (
        "Não quero que eu nem minha família sejamos mais perturbados por essas ligações.",
        "opt_out",
        "review",
        "",
    ),
    (
        "Vocês estão ligando para os meus parentes cobrando uma dívida que não é deles,"
        " parem de ligar para eles.",
        "opt_out",
        "review",
        "channel",
    ),
    ("Nunca autorizei vocês a me ligarem.", "opt_out", "review", ""),
    ("Não dei autorização para usarem meu número.", "opt_out", "review", ""),
    ("Chega de me ligarem oferecendo empréstimo!", "opt_out", "review", ""),
    ("Quero que cancelem as ligações de telemarketing para o meu número.", "opt_out", "review", ""),
    (
        "Peço que cancelem o envio de SMS promocionais para o meu celular.",
        "opt_out",
        "review",
        "topic",
    ),
    ("Quero que apaguem meu contato do WhatsApp de vocês.", "opt_out", "apply", ""),
    ("Favor parar com o envio de mensagens.", "opt_out", "review", ""),
    ("Bloqueiem meu número no sistema de ligações automáticas.", "opt_out", "review", ""),
    ("Não quero mais ser procurado por essa empresa.", "opt_out", "review", ""),
    ("Quero deixar de receber as mensagens de marketing.", "opt_out", "review", "topic"),
    ("Retirem meu número do discador automático.", "opt_out", "review", ""),
    ("Já cancelei o serviço e pedi para não receber mais nada de vocês.", "opt_out", "review", ""),
    ("Liguei três vezes pedindo para tirarem meu telefone e nada.", "opt_out", "review", ""),
    ("Ninguém retira meu número do sistema, todo dia a mesma ligação.", "opt_out", "review", ""),
    ("Quero apenas que me esqueçam.", "opt_out", "review", ""),
    ("Não quero ser mais importunada com ofertas de cartão.", "opt_out", "review", "topic"),
    ("Peço encarecidamente que não entrem mais em contato comigo.", "opt_out", "review", ""),
    (
        "Estão ligando no meu trabalho e para minha mãe atrás de uma pessoa que não conheço,"
        " quero que parem.",
        "opt_out",
        "review",
        "",
    ),
    ("Não sou cliente e não autorizo o contato.", "opt_out", "review", ""),
    ("Quero que meus dados sejam excluídos do banco de dados de vocês.", "opt_out", "review", ""),
    ("Mesmo cadastrada no naomeperturbe.com.br recebo ligações diárias.", "opt_out", "review", ""),
    ("Parem de cobrar uma fatura que já paguei!", "none", "ignore", ""),
    ("Quero cancelar o plano e parar de pagar esse absurdo.", "none", "ignore", ""),
    ("Solicito a interrupção da cobrança indevida.", "none", "ignore", ""),
    ("Exijo o fim dessa cobrança abusiva.", "none", "ignore", ""),
    ("Quero parar de receber a fatura em papel, prefiro por e-mail.", "none", "ignore", ""),
    ("Quero que cancelem meu pedido e devolvam o dinheiro.", "none", "ignore", ""),
    ("A internet caiu de novo, parem de me enrolar e resolvam.", "none", "ignore", ""),
    ("Já pedi várias vezes para consertarem e não consertam.", "none", "ignore", ""),
    ("Pedi para que cancelassem a assinatura e continuam cobrando.", "none", "ignore", ""),
    ("Solicito a suspensão da linha, pois meu celular foi roubado.", "none", "ignore", ""),
    ("Quero deixar de ser cliente de vocês.", "none", "ignore", ""),
    ("Bloqueiem o meu cartão, foi clonado.", "none", "ignore", ""),
    ("Esqueceram de entregar meu pedido.", "none", "ignore", ""),
    ("Peço a suspensão das cobranças até resolverem o problema.", "none", "ignore", ""),
    ("Já pedi para retirarem a multa e não retiram.", "none", "ignore", ""),
    ("Quero que parem de descontar do meu salário.", "none", "ignore", ""),
    ("Ninguém me liga de volta para resolver, quero uma solução.", "none", "ignore", ""),
    ("Ya les pedí que no me llamen más y siguen llamando.", "opt_out", "review", "channel"),
    ("Quiero que me saquen de su base de datos.", "opt_out", "apply", ""),
    ("Borren mi número de su lista.", "opt_out", "apply", ""),
    ("Estoy inscrito en el REPEP y me siguen llamando.", "opt_out", "review", ""),
    (
        "Estoy registrado en el Registro Público para Evitar Publicidad y aun así me llaman.",
        "opt_out",
        "review",
        "topic",
    ),
    (
        "No soy el titular de la deuda, no conozco a esa persona, dejen de molestar.",
        "opt_out",
        "review",
        "",
    ),
    (
        "Llaman a mis familiares para cobrar una deuda que no es mía, que dejen de acosarlos.",
        "opt_out",
        "review",
        "",
    ),
    ("Nunca autoricé que usaran mi número.", "opt_out", "review", ""),
    ("Exijo que cesen las llamadas a mi celular.", "opt_out", "review", ""),
    ("Solicito la baja de mi número de sus campañas publicitarias.", "opt_out", "review", "topic"),
    (
        "No quiero recibir más llamadas de cobranza, no soy la persona que buscan.",
        "opt_out",
        "apply",
        "",
    ),
    ("¡Basta de llamadas!", "opt_out", "apply", ""),
    ("Que me eliminen de la lista de WhatsApp.", "opt_out", "apply", ""),
    (
        "Dejen de mandarme mensajes por WhatsApp ofreciendo préstamos.",
        "opt_out",
        "review",
        "channel",
    ),
    ("¿Cómo hago para que dejen de llamarme?", "opt_out", "review", "channel"),
    ("No me vuelvan a contactar.", "opt_out", "apply", ""),
    ("Me niego a recibir publicidad por teléfono.", "opt_out", "review", "topic"),
    ("Quiero darme de baja de los SMS promocionales.", "opt_out", "review", "topic"),
    ("Dejen de molestar a mis referencias, ellos no tienen nada que ver.", "opt_out", "review", ""),
    ("Pedí que dejaran de llamarme y no hacen caso.", "opt_out", "review", ""),
    ("Ya no quiero que me llamen.", "opt_out", "apply", ""),
    ("Me llaman diez veces al día, ya no me llamen por favor.", "opt_out", "review", ""),
    ("Mi número está en la lista Robinson y me siguen llamando.", "opt_out", "review", ""),
    ("La app envía mensajes amenazantes a mis contactos, que paren ya.", "opt_out", "review", ""),
    ("Quiero que dejen de usar mis datos personales.", "opt_out", "review", ""),
    (
        "Equivocado de número, yo no soy esa persona, no vuelvan a marcar.",
        "opt_out",
        "review",
        "channel",
    ),
    ("Dejen de cobrarme comisiones que no corresponden.", "none", "ignore", ""),
    ("Quiero darme de baja del servicio de internet.", "none", "ignore", ""),
    ("Ya les pedí que me devuelvan el dinero y no responden.", "none", "ignore", ""),
    ("Borren el cargo de mi tarjeta.", "none", "ignore", ""),
    ("Que me llamen para resolver mi problema por favor.", "none", "ignore", ""),
    ("No me llamaron nunca para la instalación.", "none", "ignore", ""),
    ("Ya no quiero el préstamo, cancelen la solicitud.", "none", "ignore", ""),
    ("Dejen de cobrarme intereses abusivos.", "none", "ignore", ""),
    ("Pedí que me llamaran y nadie llamó.", "none", "ignore", ""),
    ("Tolong jangan telepon saya lagi.", "opt_out", "apply", ""),
    ("Tolong hapus nomor saya dari data kalian.", "opt_out", "apply", ""),
    ("Saya bukan peminjam, jangan hubungi saya lagi.", "opt_out", "apply", ""),
    ("Saya tidak kenal orang itu, berhenti menelepon nomor saya.", "opt_out", "review", ""),
    ("Jangan teror keluarga saya, mereka tidak ada hubungannya.", "opt_out", "review", ""),
    ("Kontak darurat saya terus ditelepon, tolong berhenti.", "opt_out", "review", ""),
    ("Saya tidak pernah memberi izin nomor saya dipakai.", "opt_out", "review", ""),
    ("Mohon keluarkan nomor saya dari daftar promosi.", "opt_out", "review", ""),
    ("Stop kirim SMS penawaran pinjaman ke nomor saya.", "opt_out", "apply", ""),
    ("Saya sudah minta berhenti ditelepon tapi masih saja.", "opt_out", "review", ""),
    ("Jangan ganggu saya lagi dengan telepon dan WA.", "opt_out", "apply", ""),
    ("Berhenti spam WA ke nomor saya!", "opt_out", "apply", ""),
    (
        "Tolong blokir nomor saya dari sistem penagihan kalian, saya bukan nasabah.",
        "opt_out",
        "review",
        "",
    ),
    ("Saya tidak pernah pinjam, kenapa nomor saya terus dihubungi?", "opt_out", "review", ""),
    ("Hapus data saya dan jangan hubungi lagi.", "opt_out", "apply", ""),
    ("Saya bukan orang yang kalian cari, salah sambung.", "opt_out", "review", ""),
    ("Berhenti mengirim pesan ke nomor ini.", "opt_out", "apply", ""),
    ("Jangan tagih saya lagi, sudah lunas.", "none", "ignore", ""),
    # advice to other users about the lender's support desk: jangan_kirim applied it (tune28);
    # a review entry still reads "jangan kirim pesan", and a person decides
    ("jangan kirim pesan ke cs, tidak akan dibalas", "opt_out", "review", ""),
    ("Aplikasi error terus, tolong diperbaiki.", "none", "ignore", ""),
    ("Kenapa pinjaman saya ditolak terus?", "none", "ignore", ""),
    ("Saya sudah bayar tapi masih ditagih.", "none", "ignore", ""),
    ("Tolong hubungi saya untuk pencairan dana.", "none", "ignore", ""),
    ("OTP tidak masuk ke nomor saya.", "none", "ignore", ""),
    ("Bunga terlalu tinggi, jangan pinjam di sini.", "none", "ignore", ""),
    ("Por favor, parem de entrar em contato comigo.", "opt_out", "review", ""),
    ("Não me liguem nunca mais!", "opt_out", "review", ""),
    ("Quero ser removido da lista de telemarketing de vocês.", "opt_out", "review", ""),
    ("Vocês continuam me ligando mesmo depois de eu pedir pra não ligar.", "opt_out", "review", ""),
    ("Exijo que parem imediatamente com as ligações.", "opt_out", "review", ""),
    ("Chega de SMS! Quero sair da lista de promoções.", "opt_out", "review", "topic"),
    (
        "Recebo mensagens no WhatsApp cobrando uma pessoa que não conheço, não sou essa pessoa.",
        "opt_out",
        "review",
        "",
    ),
    ("Parem de mandar mensagem no meu WhatsApp.", "opt_out", "apply", ""),
    ("Favor excluir meu contato da lista de transmissão.", "opt_out", "review", ""),
    (
        "Não tenho dívida nenhuma com vocês, parem de me ameaçar por telefone.",
        "opt_out",
        "review",
        "",
    ),
    ("Não quero receber nenhum tipo de ligação desta empresa.", "opt_out", "review", ""),
    ("Quero que o meu número seja bloqueado para ofertas.", "opt_out", "review", "topic"),
    ("Gostaria que vocês parassem de me importunar com ligações.", "opt_out", "review", ""),
    ("A operadora não respeita o Não Me Perturbe.", "opt_out", "review", ""),
    ("Já solicitei o descadastramento várias vezes.", "opt_out", "review", ""),
    ("Pedi pra tirar meu número e até agora nada.", "opt_out", "review", ""),
    ("Me ligam de madrugada, não aguento mais, quero que isso pare.", "opt_out", "review", ""),
    ("Deixem meus pais em paz, eles não devem nada.", "opt_out", "review", ""),
    ("Retirem o telefone da minha mãe do cadastro de vocês.", "opt_out", "review", ""),
    ("O número é meu há 5 anos, esse fulano não existe aqui, parem.", "opt_out", "review", ""),
    ("Parem de me cobrar juros abusivos.", "none", "ignore", ""),
    ("Quero que parem de debitar da minha conta.", "none", "ignore", ""),
    ("Solicito o cancelamento do contrato e a devolução do valor.", "none", "ignore", ""),
    ("Não quero mais o cartão, cancelem.", "none", "ignore", ""),
    ("Vocês não param de aumentar a mensalidade.", "none", "ignore", ""),
    ("Peço a retirada do meu nome do SPC.", "none", "ignore", ""),
    ("A ligação caiu três vezes e ninguém retornou.", "none", "ignore", ""),
    ("Liguei várias vezes e ninguém atende.", "none", "ignore", ""),
    ("Bloquearam meu número sem motivo, quero o desbloqueio.", "none", "ignore", ""),
    ("Parem de enrolar e entreguem o produto.", "none", "ignore", ""),
    ("Por favor ya no me marquen.", "opt_out", "review", ""),
    ("Dejen de hostigarme con llamadas de cobranza.", "opt_out", "review", ""),
    ("Les exijo que no vuelvan a llamar a mi trabajo.", "opt_out", "review", "channel"),
    (
        "Me llaman de números desconocidos para ofrecerme tarjetas, no quiero que me llamen más.",
        "opt_out",
        "apply",
        "",
    ),
    ("Quiero que eliminen mis datos de su sistema.", "opt_out", "apply", ""),
    ("No autorizo que me contacten por WhatsApp.", "opt_out", "review", "channel"),
    ("Estoy harta de sus llamadas, ¡déjenme en paz!", "opt_out", "review", ""),
    ("Ese número no es de la persona que buscan, es mío desde hace años.", "opt_out", "review", ""),
    ("Los cobradores amenazan a mis contactos, exijo que paren.", "opt_out", "review", ""),
    ("Solicito que mi teléfono sea eliminado de su base de datos.", "opt_out", "review", ""),
    ("Ya me di de baja y me siguen mandando SMS.", "opt_out", "review", ""),
    ("No deseo recibir más promociones por este medio.", "opt_out", "review", "topic"),
    ("Me quitan de su lista por favor.", "opt_out", "review", ""),
    ("Nunca di mi número a esta empresa, dejen de marcarme.", "opt_out", "review", "channel"),
    ("Es un acoso constante, exijo el cese inmediato de las llamadas.", "opt_out", "review", ""),
    ("¿Cómo elimino mi número de sus listas?", "opt_out", "review", ""),
    ("Dejen de cobrarme por un servicio que no uso.", "none", "ignore", ""),
    ("Exijo el cese del cobro indebido.", "none", "ignore", ""),
    ("Quiero que eliminen el cargo no reconocido.", "none", "ignore", ""),
    ("La app no me deja pagar, ¿cómo hago?", "none", "ignore", ""),
    ("Cancelen mi pedido, ya no lo quiero.", "none", "ignore", ""),
    ("Me llamaron para confirmar y no pude contestar, llámenme otra vez.", "none", "ignore", ""),
    ("Quiero que me quiten el cobro de la membresía.", "none", "ignore", ""),
    ("Jangan nelpon terus, saya sudah bilang tidak butuh pinjaman.", "opt_out", "review", ""),
    ("Mohon untuk tidak menghubungi saya lagi.", "opt_out", "review", ""),
    ("Tolong keluarkan nomor saya dari database kalian.", "opt_out", "review", ""),
    ("Saya tidak pernah daftar di aplikasi ini, kenapa terus di telpon?", "opt_out", "review", ""),
    (
        "Berhenti menghubungi keluarga saya, saya yang punya utang bukan mereka.",
        "opt_out",
        "apply",
        "",
    ),
    ("Nomor ini bukan milik peminjam, tolong jangan hubungi lagi.", "opt_out", "apply", ""),
    ("Tolong hapus kontak saya, setiap hari ditawari pinjaman.", "opt_out", "apply", ""),
    ("Stop telepon saya jam 6 pagi!", "opt_out", "review", ""),
    ("Sudah berkali-kali saya minta jangan ditelepon tapi tetap saja.", "opt_out", "review", ""),
    ("Tolong jangan ganggu kontak darurat saya.", "opt_out", "review", ""),
    ("Saya mau berhenti dapat SMS promo.", "opt_out", "review", ""),
    ("Cara supaya tidak ditelpon lagi gimana?", "opt_out", "review", ""),
    ("Nomor saya dijadikan kontak darurat tanpa izin, tolong hapus.", "opt_out", "review", ""),
    ("Saya tidak kenal dengan peminjam itu, jangan telepon saya.", "opt_out", "review", ""),
    ("Jangan ditagih terus, saya pasti bayar minggu depan.", "none", "ignore", ""),
    ("Kenapa saya tidak bisa login?", "none", "ignore", ""),
    ("Tolong hubungi saya kembali, CS tidak menjawab.", "none", "ignore", ""),
    ("Hapus biaya admin yang tidak jelas.", "none", "ignore", ""),
    ("Berhenti menaikkan bunga seenaknya.", "none", "ignore", ""),
    ("Tolong berhenti potong saldo saya.", "none", "ignore", ""),
    (
        "aplikasi ini nelpon terus tiap hari padahal saya ga pernah pinjam, tolong stop",
        "opt_out",
        "review",
        "",
    ),
    ("tolong jgn telp2 lagi, sy sudah hapus aplikasinya", "opt_out", "review", ""),
    ("DC nya neror keluarga saya, tolong hentikan", "opt_out", "review", ""),
    ("sudah uninstall masih aja di sms in, tolong hapus nomor sy", "opt_out", "review", ""),
    ("gak usah nelpon2 lagi, saya ga minat", "opt_out", "review", ""),
    ("nomor saya bukan nomor peminjam, berhenti hubungi saya", "opt_out", "apply", ""),
    (
        "saya ga kenal sama orang yang kalian tagih, jangan hubungi saya lagi",
        "opt_out",
        "apply",
        "",
    ),
    ("tiap hari di spam wa penawaran pinjaman, mohon dihentikan", "opt_out", "review", ""),
    ("saya minta nomor saya dihapus dari daftar kalian", "opt_out", "review", ""),
    ("sudah lapor OJK, tolong berhenti meneror saya", "opt_out", "review", ""),
    ("jangan ganggu teman2 saya lagi, mereka bukan penjamin", "opt_out", "review", ""),
    ("berhentilah menghubungi saya", "opt_out", "review", ""),
    ("please stop nelpon, ganggu kerja", "opt_out", "review", ""),
    ("saya tidak mau menerima telepon penawaran lagi", "opt_out", "review", ""),
    ("mohon agar nomor saya tidak dihubungi lagi", "opt_out", "review", ""),
    ("cairnya lama banget, tolong dipercepat", "none", "ignore", ""),
    ("kenapa limit saya turun terus?", "none", "ignore", ""),
    ("jangan ambil bunga setinggi ini", "none", "ignore", ""),
    ("cs nya tidak bisa dihubungi sama sekali", "none", "ignore", ""),
    ("sudah bayar tapi status belum berubah, tolong dicek", "none", "ignore", ""),
    ("aplikasi bagus, tidak ribet", "none", "ignore", ""),
    ("stop pakai aplikasi ini, bunganya mencekik", "none", "ignore", ""),
    (
        "Me llaman a todas horas para ofrecerme un préstamo que no pedí, que dejen de molestar ya",
        "opt_out",
        "review",
        "",
    ),
    ("No paran de enviarme notificaciones aunque las desactivé", "opt_out", "review", ""),
    ("Basta de spam, borren mi número", "opt_out", "apply", ""),
    (
        "Pésima app, acosan a tus contactos. Dejen de llamar a mi familia",
        "opt_out",
        "review",
        "channel",
    ),
    (
        "Pedí la baja de los mensajes publicitarios y me siguen llegando",
        "opt_out",
        "review",
        "topic",
    ),
    ("Quiero que me eliminen de su lista de difusión de WhatsApp", "opt_out", "apply", ""),
    ("Ya no quiero recibir sus llamadas", "opt_out", "apply", ""),
    ("No me interesa, dejen de insistir", "opt_out", "review", ""),
    ("Me acosan los cobradores, que no me vuelvan a llamar", "opt_out", "review", "channel"),
    ("Cómo hago para que no me llamen más", "opt_out", "review", "channel"),
    ("¡Dejen de llamar a mi trabajo!", "opt_out", "review", "channel"),
    ("No he solicitado nada, favor de no llamarme", "opt_out", "review", ""),
    ("Favor de eliminar mi número de su base de datos", "opt_out", "apply", ""),
    ("Me tienen harto con sus SMS, quiero que paren", "opt_out", "review", ""),
    ("Dejen de subir los intereses", "none", "ignore", ""),
    ("La app se cierra sola, arreglen eso", "none", "ignore", ""),
    ("No me llega el código por SMS", "none", "ignore", ""),
    ("Cancelaron mi préstamo sin avisar", "none", "ignore", ""),
    ("Dejen de pedir tantos documentos", "none", "ignore", ""),
    ("Llevo días llamando y nadie contesta", "none", "ignore", ""),
    ("Ya pagué, dejen de cobrarme", "none", "ignore", ""),
    ("Essas ligações precisam parar, é todo dia a mesma coisa.", "opt_out", "review", ""),
    (
        "Estou sendo perseguida por ligações de cobrança de uma dívida que não é minha.",
        "opt_out",
        "review",
        "",
    ),
    ("Não sou o devedor, não sei quem é essa pessoa.", "opt_out", "review", ""),
    ("Não sou a pessoa que vocês procuram, esse número é meu há anos.", "opt_out", "review", ""),
    (
        "Este número não pertence a essa pessoa, verifiquem o cadastro e parem.",
        "opt_out",
        "review",
        "",
    ),
    ("Bloqueiem as ligações para o meu número.", "opt_out", "review", ""),
    ("Gostaria de solicitar que não me liguem mais.", "opt_out", "review", "channel"),
    ("A empresa precisa parar de me ligar.", "opt_out", "review", "channel"),
    ("Vocês têm que parar de mandar SMS para mim.", "opt_out", "review", ""),
    ("Peço que não me enviem mais nenhuma mensagem no WhatsApp.", "opt_out", "apply", ""),
    ("Quero que retirem todos os meus telefones da base de vocês.", "opt_out", "review", ""),
    (
        "Recebo dezenas de ligações por dia cobrando um tal de Carlos, que eu nem conheço.",
        "opt_out",
        "review",
        "",
    ),
    ("Parem de ligar para o meu celular atrás de um parente meu.", "opt_out", "review", "channel"),
    ("Preciso que parem de me cobrar essa taxa.", "none", "ignore", ""),
    ("A cobrança precisa parar, já paguei tudo.", "none", "ignore", ""),
    (
        "Não sou o titular da conta, mas quero resolver o problema da minha mãe.",
        "none",
        "ignore",
        "",
    ),
    ("Data saya sudah dihapus dan aplikasinya sudah saya uninstall.", "none", "ignore", ""),
    ("Kalau ada pinjaman atas nama saya di kemudian hari, itu bukan saya.", "none", "ignore", ""),
    ("Kalau mau kasih penawaran jangan pas jam sholat, tidak sopan.", "none", "ignore", ""),
    (
        "Jangan telat bayar sebelum jatuh tempo ya teman teman, dendanya besar.",
        "none",
        "ignore",
        "",
    ),
    ("Tanggal jatuh tempo nya tolong diperpanjang, gaji saya belum masuk.", "none", "ignore", ""),
    ("Iklannya jangan muncul terus di aplikasi lain, menganggu sekali.", "none", "ignore", ""),
    ("Bunganya tinggi banget, pokoknya jangan ada yang pinjam di sini.", "none", "ignore", ""),
    ("Tolong hapus aplikasi ini dari play store, banyak penipuannya.", "none", "ignore", ""),
    ("Jaringannya lelet, gak usah tawarin paket murah ke pelanggan.", "none", "ignore", ""),
    (
        "Pastikan kuota cukup dan jangan sampai wa nya keblokir gara gara spam.",
        "none",
        "ignore",
        "",
    ),
    (
        "Iklan promonya muncul terus di youtube, jangan kasih promo di aplikasi lain.",
        "none",
        "ignore",
        "",
    ),
    ("Recebi uma ligação do técnico e ninguém apareceu.", "none", "ignore", ""),
    ("Não consigo falar com ninguém pelo telefone.", "none", "ignore", ""),
    ("Estas llamadas tienen que parar ya.", "opt_out", "review", ""),
    ("Me cobran una deuda que no es mía, dejen de llamarme.", "opt_out", "review", "channel"),
    ("No soy el deudor, no conozco a esa persona.", "opt_out", "review", ""),
    ("La app envía mensajes amenazantes a mis contactos, que paren ya.", "opt_out", "review", ""),
    ("Tienen que parar de cobrarme comisiones.", "none", "ignore", ""),
    ("Ini bukan utang saya, jangan telepon saya terus.", "opt_out", "review", ""),
    ("Saya bukan debitur yang kalian cari.", "opt_out", "review", ""),
    ("Nomor ini sudah ganti pemilik, jangan hubungi lagi.", "opt_out", "apply", ""),
    ("Por favor quiten de su base de datos mi número de celular.", "opt_out", "review", ""),
    ("Yo no soy la deudora que buscan.", "opt_out", "review", ""),
    ("Peço que parem de fazer essas ligações para o meu trabalho.", "opt_out", "review", ""),
    ("Quero a garantia de que meus dados não serão mais utilizados.", "opt_out", "review", ""),
    ("Já pedi para pararem de cobrar a taxa e continuam.", "none", "ignore", ""),
    ("Esqueçam o meu pedido, vou comprar em outro lugar.", "none", "ignore", ""),
    ("Quero ser removido da lista de espera da cirurgia.", "none", "ignore", ""),
    ("Bloqueiem meu número no sistema, meu celular foi roubado.", "none", "ignore", ""),
    ("Peço o fim da cobrança em dobro.", "none", "ignore", ""),
    ("Quero que cancelem as cobranças indevidas.", "none", "ignore", ""),
    ("Não retiram a multa da minha fatura.", "none", "ignore", ""),
    ("Salah nomor rekening waktu transfer, tolong dibantu.", "none", "ignore", ""),
    ("Kenapa saya tidak bisa login?", "none", "ignore", ""),
    ("Quiero darme de baja del plan de telefonía.", "none", "ignore", ""),
    ("Favor excluir da base de vocês o meu telefone.", "opt_out", "review", ""),
    (
        "Sou importunada diariamente por ligações de telemarketing, solicito providências"
        " para que cessem.",
        "opt_out",
        "review",
        "",
    ),
    ("Exijo que meu telefone deixe de ser contatado.", "opt_out", "review", ""),
    ("Não tenho interesse e não autorizo mais nenhuma ligação.", "opt_out", "review", ""),
    ("Favor remover meu WhatsApp da lista de transmissão.", "opt_out", "review", ""),
    ("Parem de usar robôs para me ligar.", "opt_out", "review", ""),
    ("Gostaria que o meu número fosse retirado do sistema.", "opt_out", "review", ""),
    (
        "Já bloqueei mais de 20 números e eles continuam ligando, por favor façam parar.",
        "opt_out",
        "review",
        "",
    ),
    ("Por gentileza, não liguem mais para este número.", "opt_out", "review", "channel"),
    ("Quero ficar livre dessas ligações.", "opt_out", "review", ""),
    ("Não atendo mais, então podem parar de ligar.", "opt_out", "review", "channel"),
    ("Me retirem de todas as listas de ofertas.", "opt_out", "review", "topic"),
    ("Está na hora de pararem com essa perseguição por telefone.", "opt_out", "review", ""),
    ("Quero ficar livre dessa dívida, me deem um desconto.", "none", "ignore", ""),
    ("Exijo que parem de me cobrar por algo que não contratei.", "none", "ignore", ""),
    ("Ya no me estén marcando por favor.", "opt_out", "review", ""),
    ("Les pido de la manera más atenta que dejen de llamar.", "opt_out", "review", "channel"),
    ("Quiero que me saquen de sus listas de telemarketing.", "opt_out", "apply", ""),
    ("No me interesa su tarjeta, ya no me llamen.", "opt_out", "review", ""),
    ("Me marcan del banco diario, ¿cómo hago para que ya no me marquen?", "opt_out", "review", ""),
    ("Me siguen llegando correos aunque cancelé la suscripción.", "opt_out", "review", ""),
    ("Por favor eliminen mi teléfono de su base.", "opt_out", "apply", ""),
    ("Basta ya de acoso telefónico.", "opt_out", "review", ""),
    (
        "Me llaman para cobrarle a una persona que no conozco, ya no sé cómo hacer que paren.",
        "opt_out",
        "review",
        "",
    ),
    ("Basta de cobros indebidos.", "none", "ignore", ""),
    ("Gmn caranya biar nomor sy ga dihubungi lg?", "opt_out", "review", ""),
    ("Tolong stop nelpon ke kantor saya.", "opt_out", "review", ""),
    ("Udah berapa kali dibilang jangan nelpon, masih aja.", "opt_out", "review", ""),
    ("Nomor saya jangan dipakai lagi buat promosi.", "opt_out", "review", ""),
    ("Saya keberatan ditelepon terus setiap hari.", "opt_out", "review", ""),
    ("Tlg jgn sms sy lg.", "opt_out", "review", ""),
    ("Keluarga saya bukan penjamin, jangan hubungi mereka.", "opt_out", "review", ""),
    ("Tolong jangan dihapus akun saya, saya masih butuh.", "none", "ignore", ""),
    ("Tolong stop potongan biaya admin.", "none", "ignore", ""),
    # round 24 (written for this test): a plea to stop the sales calls goes to review ...
    ("please stop calling I have exams", "opt_out", "review", "channel"),
    ("Please don't call me for loans.", "opt_out", "review", "channel"),
    ("they need to stop calling", "opt_out", "review", "channel"),
    # ... not naming, someone else, a personal "don't call me, I'll call you", an app that
    # blocks spam calls, dropped calls, a phone plan, a call feature
    ("Please stop calling it a feature, it is a bug.", "none", "ignore", ""),
    ("I should stop calling her so late.", "none", "ignore", ""),
    ("Don't call me. I'll call you when I'm free.", "none", "ignore", ""),
    ("Please don't call me, I'm in a meeting till five.", "none", "ignore", ""),
    ("I will stop calls to the old number once the port is done.", "none", "ignore", ""),
    ("The calls drop every time I switch to wifi, fix this.", "none", "ignore", ""),
    ("I don't need calls on this plan, only data.", "none", "ignore", ""),
    ("I don't want calls recorded without a beep.", "none", "ignore", ""),
    ("The agent said not to call back until Monday.", "none", "ignore", ""),
    ("Your doubt calls with teachers are great, don't stop it.", "none", "ignore", ""),
    ("Please don't call my phone, it is broken; text me.", "none", "ignore", ""),
    ("The calls drop every time I switch networks please stop", "none", "ignore", ""),
    # round 29 (written for this test): a shortcode's messages are not its instruction; a
    # request the writer reports, counted, goes to review, never a charge or a bill ...
    ("How do I stop the 20811 messages?", "opt_out", "review", ""),
    ("To opt out send STOP 20811.", "none", "ignore", ""),
    ("I asked them twice to stop charging me for the router.", "none", "ignore", ""),
    (
        "The router keeps dropping, I asked them many times not to do this to my account.",
        "none",
        "ignore",
        "",
    ),
    # ... the phone's own contacts, "let me sleep" with no messages named or "on it" ...
    ("The update tried to delete my contacts from the phone.", "none", "ignore", ""),
    ("Got your messages, let me sleep on it.", "none", "ignore", ""),
    ("Let me sleep, I'm tired.", "none", "ignore", ""),
    # ... a stop of a payment, a refusal followed by a charge, a number not on the register ...
    ("Despite asking them to stop the direct debit, they took the money.", "none", "ignore", ""),
    # (round 25's r25_told_them_not_interested reads a reported refusal alone: a person
    # decides whether it was a refusal of the calls)
    (
        "I told them I'm not interested in the upgrade but they still charged me.",
        "opt_out",
        "review",
        "",
    ),
    ("I'm not registered with the TPS.", "none", "ignore", ""),
    ("When will the outage end?", "none", "ignore", ""),
    ("I moved house and they still send me bills.", "none", "ignore", ""),
    ("I switched to O2 and my phone still keeps dropping calls.", "none", "ignore", ""),
    ("He promised to fix the line but didn't.", "none", "ignore", ""),
    ("Don't ring me back, I'll ring you.", "none", "ignore", ""),
    (
        "I told the shop I didn't want the insurance and they still sold it.",
        "none",
        "ignore",
        "",
    ),
    ("The charges are too much.", "none", "ignore", ""),
    ("When will the calls stop dropping?", "none", "ignore", ""),
    (
        "My wife's phone was on my contract and I asked them to remove my numbers from the"
        " family plan.",
        "none",
        "ignore",
        "",
    ),
    # ... and "I don't want to hear from you" beside a rebuff of the reply to a review is
    # reviewed, not applied, while the messages refused in the plural still apply
    (
        "Awful service. Don't bother replying to this review, I don't want to hear from you.",
        "opt_out",
        "review",
        "",
    ),
    ("Don't bother sending me messages, I don't want to hear from you.", "opt_out", "apply", ""),
    # round 25 (written for this test): what the rules of round 25 must not read: "don't call
    # me" for now or as a name, a list left as a figure of speech, a statement the customer
    # needs, a network's dropped calls, a wish to be phoned
    ("Don't call me for the next hour, I am in the theatre.", "none", "ignore", ""),
    ("Don't you dare call me a liar, I paid the premium.", "none", "ignore", ""),
    ("Can you get me one of the lists of approved panel beaters?", "none", "ignore", ""),
    ("Please stop sending me statements in the post, e-mail them instead.", "none", "ignore", ""),
    ("I am tired of the calls dropping when I phone the call centre.", "none", "ignore", ""),
    ("I want to be phoned back by a manager today.", "none", "ignore", ""),
    ("I was not interested in receiving a refund by cheque.", "none", "ignore", ""),
    ("I never told them I was not interested, I only asked for time.", "none", "ignore", ""),
    ("I refused to pay the excess and they kept calling about the claim.", "none", "ignore", ""),
    ("They declined my claim but still call me to renew.", "none", "ignore", ""),
    ("Please refrain from calling me names on the phone.", "none", "ignore", ""),
    ("I will refrain from calling them until the claim is paid.", "none", "ignore", ""),
    # round 75: contractions a tokeniser split ("do n't", CFPB narratives) read as written
    # (written for this test)
    ("Please do n't text me anymore", "opt_out", "apply", ""),
    ("I ca n't stop by today", "none", "ignore", ""),
    # round 75: list mail in the words people use (written for this test)
    ("please put me off your mailing list", "opt_out", "apply", ""),
    ("Remove my name and email address from your mailing list.", "opt_out", "apply", ""),
    ("I'd like to be took off the list.", "opt_out", "apply", ""),
    ("Take me off too, thanks", "opt_out", "review", ""),
    # round 75: a line wrapped inside a sentence, as mail wraps it (written for this test)
    ("Could you take me off the mailing\nlist please", "opt_out", "apply", ""),
    ("Please remove me from the\nlist.", "opt_out", "apply", ""),
    # round 75: what a credit file, a car or a thought only looks like (written for this test)
    ("These late payments need to be removed from my report.", "none", "ignore", ""),
    ("I need to be removed from your mailing list.", "opt_out", "apply", ""),
    ("Remove this personal information from my file.", "none", "ignore", ""),
    ("Please lose our number.", "opt_out", "apply", ""),
    ("Maybe I should unsubscribe from these alerts.", "opt_out", "review", ""),
    ("How could I unsubscribe from this list?", "opt_out", "review", ""),
    ("Help me unsubscribe from the game app that charges me daily.", "opt_out", "review", ""),
    ("Quero descadastrar meu cartão do aplicativo.", "none", "ignore", ""),
    ("수신거부를 했는데 다시 해제하려면 어떻게 하나요?", "none", "ignore", ""),
    ("That movie put me off the whole genre.", "none", "ignore", ""),
]


def _band(detection: Detection) -> str:
    return detection.action()


@pytest.mark.parametrize(("text", "intent", "band", "scope"), CASES, ids=[c[0][:40] for c in CASES])
def test_case_table(text: str, intent: str, band: str, scope: str) -> None:
    detection = detect(text)
    assert (detection.intent if band != "ignore" else "none", _band(detection)) == (
        intent,
        band,
    ), detection.explain()
    assert (detection.scope_hint.kind if detection.scope_hint else "") == scope, detection.explain()


@pytest.mark.parametrize(("text", "rule"), ROUND_18, ids=[r for _, r in ROUND_18])
def test_round_18_shapes_are_read_by_their_rule(text: str, rule: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()


@pytest.mark.parametrize(("text", "rule"), ROUND_22, ids=[r for _, r in ROUND_22])
def test_round_22_shapes_are_read_by_their_rule(text: str, rule: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()
    assert _band(detection) == "review", detection.explain()


@pytest.mark.parametrize(("text", "rule"), ROUND_21, ids=[r for _, r in ROUND_21])
def test_round_21_shapes_are_read_by_their_rule(text: str, rule: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()


Named = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


def _named(tables: Named) -> list[tuple[str, str, str]]:
    """(id, text, rule) of every row of the named tables, the id naming where it came from."""
    return [(f"{where}-{rule}", text, rule) for where, table in tables for text, rule in table]


#: Rounds 24-71's shapes and session 10's: each read first by its rule, at review level (every
#: new entry is one)
REVIEW_SHAPES = _named(
    (
        ("round-24", ROUND_24),
        ("round-25", ROUND_25),
        ("round-27", ROUND_27),
        ("round-29", ROUND_29),
        ("round-33", ROUND_33),
        ("round-37", ROUND_37),
        ("round-47", ROUND_47),
        ("round-51", ROUND_51),
        ("round-53", ROUND_53),
        ("round-61", ROUND_61),
        ("session-10", SESSION_10),
        ("rounds-65-67", ROUND_65_67),
        ("rounds-69-71", ROUND_69_71),
        ("round-75", ROUND_75),
        ("rounds-75-83", ROUND_83),
    )
)


@pytest.mark.parametrize(
    ("text", "rule"), [c[1:] for c in REVIEW_SHAPES], ids=[c[0] for c in REVIEW_SHAPES]
)
def test_review_shapes_are_read_by_their_rule(text: str, rule: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()
    assert detection.action() == "review", detection.explain()


#: What only looks like a shape of rounds 27, 33, 37, 39, 47, 51, 53 and 61 and of session 10:
#: the rule named does not read it
LOOKALIKES = _named(
    (
        ("round-27", ROUND_27_NOT),
        ("round-33", ROUND_33_NOT),
        ("round-37", ROUND_37_NOT),
        ("round-39", ROUND_39_NOT),
        ("round-47", ROUND_47_NOT),
        ("round-51", ROUND_51_NOT),
        ("round-53", ROUND_53_NOT),
        ("round-61", ROUND_61_NOT),
        ("rounds-65-67", ROUND_65_67_NOT),
        ("rounds-69-71", ROUND_69_71_NOT),
        ("round-75", ROUND_75_NOT),
        ("rounds-75-83", ROUND_83_NOT),
        ("session-10", SESSION_10_NOT),
    )
)


@pytest.mark.parametrize(
    ("text", "rule"), [c[1:] for c in LOOKALIKES], ids=[c[0] for c in LOOKALIKES]
)
def test_rules_leave_what_only_looks_like_their_shape(text: str, rule: str) -> None:
    detection = detect(text)
    assert rule not in {e.pattern for e in detection.evidence}, detection.explain()


@pytest.mark.parametrize(("text", "rule", "band"), ROUND_79, ids=[t for t, _, _ in ROUND_79])
def test_round_79_turkish_shapes_are_read_by_their_rule(text: str, rule: str, band: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()
    assert detection.action() == band, detection.explain()
    assert detection.language == "tr", detection.explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


@pytest.mark.parametrize("text", ROUND_79_NOT)
def test_round_79_turkish_lookalikes_are_left(text: str) -> None:
    detection = detect(text)
    assert not any(
        e.pattern.startswith("tr.r79_") and e.status == "used" for e in detection.evidence
    ), detection.explain()
    assert detection.action() != "apply", detection.explain()


@pytest.mark.parametrize(("text", "rule", "band"), ROUND_81, ids=[t for t, _, _ in ROUND_81])
def test_round_81_turkish_shapes_are_read_by_their_rule(text: str, rule: str, band: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()
    assert detection.action() == band, detection.explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


@pytest.mark.parametrize("text", ROUND_81_NOT)
def test_round_81_turkish_lookalikes_are_left(text: str) -> None:
    detection = detect(text)
    assert detection.action() == "ignore", detection.explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


@pytest.mark.parametrize(("text", "rule", "band"), ROUND_95, ids=[t for t, _, _ in ROUND_95])
def test_round_95_turkish_shapes_are_read_by_their_rule(text: str, rule: str, band: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()
    assert detection.action() == band, detection.explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


@pytest.mark.parametrize("text", ROUND_95_NOT)
def test_round_95_turkish_lookalikes_are_left(text: str) -> None:
    detection = detect(text)
    assert detection.action() == "ignore", detection.explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


#: a firm or a person by name inside a negated wish (tune7583, written for this test): the
#: negation guard cancels the request that follows, as it does for "them"
ROUND_83_NEGATED = (
    "I don't want Acme to stop texting me.",
    "I never asked Northwind Finance to stop calling me.",
    "I don't want people to leave the list in a hurry.",
)


@pytest.mark.parametrize("text", ROUND_83_NEGATED)
def test_negated_wish_with_a_name_is_no_request(text: str) -> None:
    assert detect(text).action() == "ignore", detect(text).explain()


def test_negated_wish_leaves_a_request_after_it() -> None:
    assert detect("I don't want any of this so stop texting me.").action() == "apply"


@pytest.mark.parametrize(("text", "rule", "band"), ROUND_87, ids=[t for t, _, _ in ROUND_87])
def test_round_87_russian_shapes_are_read_by_their_rule(text: str, rule: str, band: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()
    assert detection.action() == band, detection.explain()
    assert detection.language == "ru", detection.explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


@pytest.mark.parametrize("text", ROUND_87_NOT)
def test_round_87_russian_lookalikes_are_left(text: str) -> None:
    detection = detect(text)
    assert not any(
        e.pattern.startswith("ru.r87_") and e.status == "used" for e in detection.evidence
    ), detection.explain()
    assert detection.action() != "apply", detection.explain()


@pytest.mark.parametrize(("text", "rule", "band"), ROUND_101, ids=[t for t, _, _ in ROUND_101])
def test_round_101_korean_shapes_are_read_by_their_rule(text: str, rule: str, band: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()
    assert detection.action() == band, detection.explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


@pytest.mark.parametrize("text", ROUND_101_NOT)
def test_round_101_lookalikes_are_left(text: str) -> None:
    assert detect(text).action() == "ignore", detect(text).explain()


# Rounds 93-111 tuned on the spent files (tunespent, written for this test, not taken from any
# corpus): Korean alerts switched off that keep coming, no more of them wanted, how to cancel
# them, a marketing consent withdrawn or refused with words between; Turkish messages named
# before "bana", the passive "istenmediğimi", "rahatsız edilmemem için gereğini yapın"
ROUND_SPENT = (
    ("푸시 설정 꺼놨는데 왜 계속 오는 거예요", "ko.r109_kkeodo_gyesok", "review"),
    ("알람 해제했는데도 쿠폰 알림이 매일 옵니다", "ko.r109_kkeodo_gyesok", "review"),
    ("이벤트 알림 그만 받고 싶어요", "ko.r101_an_oge", "review"),
    ("주가 알람은 그만 듣고 싶네요", "ko.r101_an_oge", "review"),
    ("시황 푸시알림 해지 방법 좀 알려주세요", "ko.r101_kkeuneun_bangbeop", "review"),
    ("알림 해지 기능은 어디 있나요", "ko.r101_kkeuneun_bangbeop", "review"),
    ("가입 때 눌린 마케팅 활용 동의를 이제 철회하려고요", "ko.r109_dongui_then_cheolhoe", "review"),
    (
        "광고 수신 동의가 실수로 눌렸어요. 철회 버튼이 어디 있죠?",
        "ko.r109_dongui_then_cheolhoe",
        "review",
    ),
    ("광고 수신 미동의로 바꿨습니다", "ko.r109_sushin_midongui", "review"),
    ("이런 광고 전화는 다 수신거부하는 편이에요", "ko.r101_susin_geobu_said", "review"),
    ("Kampanya mesajlarını bana göndermenizi istemiyorum.", "tr.r79_aranmak_istemiyorum", "review"),
    ("SMS'leri bize atmalarını istemiyoruz.", "tr.r79_aranmak_istemiyorum", "review"),
    (
        "Müşteri temsilcisine aranmak istenmediğimi söyledim.",
        "tr.r79_aranmak_istemiyorum",
        "review",
    ),
    ("Lütfen bir daha rahatsız edilmemem için gereğini yapın.", "tr.r79_aramamalarini", "review"),
)

# their look-alikes (written by tunespent): alerts off and something else goes on (a log-out, the
# battery), a savings account closed after an alert, a consent given, alerts wanted again, a
# Turkish message or bill wanted, quiet asked of a phone
ROUND_SPENT_NOT = (
    "알림 껐는데 자꾸 로그아웃돼요",
    "알림 껐는데도 배터리가 계속 닳아요",
    "적금 만기 알림이 왔는데 해지 방법을 모르겠어요",
    "마케팅 동의하면 포인트 준다길래 동의했어요",
    "주문 알림을 다시 받고 싶어요",
    "Şifre mesajını bana göndermenizi istiyorum.",
    "Faturamı bana göndermenizi istemiyorum, e-posta yeterli.",
    "Rahatsız edilmemem için telefonu sessize aldım.",
)


@pytest.mark.parametrize(("text", "rule", "band"), ROUND_SPENT, ids=[t for t, _, _ in ROUND_SPENT])
def test_spent_round_shapes_are_read_by_their_rule(text: str, rule: str, band: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()
    assert detection.action() == band, detection.explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


@pytest.mark.parametrize("text", ROUND_SPENT_NOT)
def test_spent_round_lookalikes_are_left(text: str) -> None:
    assert detect(text).action() == "ignore", detect(text).explain()


# Round 121 tuned on the spent file (tune121, written for this test, not taken from any corpus):
# the phone named instead of the messages ("stop buzzing my phone"), promo codes, "leave me the
# hell alone"; and requests the round-121 blockers must leave (the messages named beside a charge)
ROUND_121 = (
    (
        "Way too many alerts, stop vibrating my phone every hour",
        "en.r121_stop_buzzing_phone",
        "review",
    ),
    ("please quit blowing up my inbox with deals", "en.r121_stop_buzzing_phone", "review"),
    ("Stop sending me discount codes every day", "en.r121_stop_sending_codes", "review"),
    ("Please stop sending out these bogus codes", "en.r121_stop_sending_codes", "review"),
    ("leave me the hell alone with your notifications", "en.leave_me_alone", "review"),
    ("Constant promos, leave us tf alone", "en.leave_me_alone", "review"),
    (
        "I unsubscribed from the texts and was still charged for them",
        "en.already_opted_out",
        "review",
    ),
    ("Unsubscribe me from your emails, you charged me twice this month", "en.unsubscribe", "apply"),
    ("Please unsubscribe me and refund the charges", "en.unsubscribe", "apply"),
)

# their look-alikes (written by tune121): a phone that buzzes, codes a login sends or stops
# sending, a paid membership "unsubscribed" from, the settings described in a conditional, a
# data sale opted out of
ROUND_121_NOT = (
    "My phone won't stop buzzing since the update",
    "The app will stop sending codes after three failed tries",
    "Why does it stop sending the login codes?",
    "I unsubscribed from my DashPass membership and was still charged",
    "Forgot to unsubscribe before the free trial ended and got charged $9.99",
    "Going to unsubscribe from Uber One, the fees are a joke",
    "If you want to turn off the promos you lose the order updates too",
    "They let you opt out of the sale of your data, at least",
)


@pytest.mark.parametrize(("text", "rule", "band"), ROUND_121, ids=[t for t, _, _ in ROUND_121])
def test_round_121_shapes_are_read_by_their_rule(text: str, rule: str, band: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()
    assert detection.action() == band, detection.explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


@pytest.mark.parametrize("text", ROUND_121_NOT)
def test_round_121_lookalikes_are_left(text: str) -> None:
    assert detect(text).action() == "ignore", detect(text).explain()


# Round 123 tuned on the spent file (tune123, written for this test, not taken from any corpus):
# being bothered that often refused; a request beside "unsubscribe it" (a thing, not the writer)
# held for review; and requests the round-123 blockers must leave (the messages named after)
ROUND_123 = (
    (
        "We don't want to be pestered ten times a day with promos",
        "en.r123_dont_want_to_be_bothered",
        "review",
    ),
    (
        "I do not want to be bugged every hour by this app",
        "en.r123_dont_want_to_be_bothered",
        "review",
    ),
    ("i really don't want to be pinged all day long", "en.r123_dont_want_to_be_bothered", "review"),
    (
        "I don't want to be spammed every day with your deals",
        "en.r123_dont_want_to_be_bothered",
        "review",
    ),
    (
        "I want to unsubscribe, the app keeps crashing and I am not able to unsubscribe it",
        "en.unsubscribe",
        "review",
    ),
    ("I'm about to unsubscribe from your emails", "en.unsubscribe", "review"),
    ("Considering unsubscribing from the newsletter, it comes daily", "en.unsubscribe", "review"),
    ("I would like to unsubscribe this mailing list", "en.unsubscribe", "apply"),
    ("non stop notifications, please stop the notifications", "en.stop_the_messages", "review"),
)

# their look-alikes (written by tune123): leaving a paid service told, not asked; the trouble
# of leaving a plan beside a charge; "unsubscribe it"; "non-stop ads"; an app's change opted
# out of; the ad-free purchase; being bothered with a chore, or someone else bothered
ROUND_123_NOT = (
    "Thinking about unsubscribing, the new plan costs too much",
    "Time to unsubscribe, the shows keep buffering",
    "Uninstalled and unsubscribed, switching to another service",
    "I'll be forced to unsubscribe if the casting bug stays",
    "Can't unsubscribe and they keep charging my card every month",
    "They kept billing me and wouldn't let me unsubscribe",
    "Good luck trying to unsubscribe from the paid features",
    "My kid subscribed by accident and I can't figure out how to unsubscribe it",
    "Constant non-stop ads in every episode",
    "There should be a way to opt out of the new layout",
    "I paid to remove ads and still see banners",
    "I don't want to be bothered with setting up an account",
    "He doesn't want to be pestered five times a day",
)


@pytest.mark.parametrize(("text", "rule", "band"), ROUND_123, ids=[t for t, _, _ in ROUND_123])
def test_round_123_shapes_are_read_by_their_rule(text: str, rule: str, band: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()
    assert detection.action() == band, detection.explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


@pytest.mark.parametrize("text", ROUND_123_NOT)
def test_round_123_lookalikes_are_left(text: str) -> None:
    assert detect(text).action() == "ignore", detect(text).explain()


# Round 127 (tune127, written from the dev copy's kinds of wording, not its rows: French reviews
# of a shop whose paid delivery plan is left by "se désabonner"): requests the French rules now
# read, and requests that keep their band beside the new blockers
ROUND_127 = (
    ("Merci de ne plus m4envoyer de messages", "fr.ne_plus", "apply"),
    ("Je voudrais qu'on arrête d'appelé mon fixe le soir", "fr.arretez_appeler", "review"),
    (
        "J'ai demandé à plusieurs reprises à être retirée de vos fichiers",
        "fr.dit15_ne_plus_appeler",
        "review",
    ),
    (
        "J'ai bien demandé à ne jamais être démarchée, et les appels continuent",
        "fr.dit15_ne_plus_appeler",
        "review",
    ),
    (
        "Je ne veux pas être dérangé au téléphone par vos commerciaux",
        "fr.r127_pas_harcele_au_tel",
        "review",
    ),
    (
        "Nous ne voulons plus être harcelés par leurs conseillers",
        "fr.r127_pas_harcele_au_tel",
        "review",
    ),
    (
        "Pourriez-vous cesser de m'envoyer par SMS vos offres du week-end",
        "fr.r127_arretez_envoyer_par",
        "review",
    ),
    # the cost of a blocker: a request beside "je vais me désabonner de l'offre" is held back
    (
        "Désabonnez-moi de vos mails, je vais me désabonner de l'offre premium aussi",
        "fr.desabonner",
        "review",
    ),
    ("Impossible de se désabonner de vos e-mails publicitaires", "fr.desabonner", "review"),
    (
        "Je me suis désinscrite il y a un mois et je reçois toujours vos mails publicitaires",
        "fr.desabonner",
        "review",
    ),
    ("Je vais me désabonner de vos SMS", "fr.desabonner", "apply"),
    ("Désabonnez-moi, vous me prélevez 3 euros par SMS", "fr.desabonner", "apply"),
)

# their look-alikes (written by tune127): a paid plan, an option or a card left; leaving by
# phone or online; leaving told or advised, not asked; how leaving is done; leaving beside a
# charge; the writer told to stop calling the firm; an order's number
ROUND_127_NOT = (
    "Galère pour se désinscrire de l'abonnement premium, il a fallu appeler trois fois",
    "Très difficile de se désabonner de l'option livraison gratuite",
    "Impossible de résilier ni de se désabonner par téléphone",
    "On ne peut pas se désabonner sur leur site, seulement par courrier recommandé",
    "Je compte me désabonner à la fin de mon engagement",
    "Si ça continue je me désabonnerai de cette box",
    "Je vous conseille de vous désinscrire de cet opérateur au plus vite",
    "Pour se désabonner, il faut envoyer une lettre recommandée",
    "Vous pouvez vous désabonner à tout moment depuis votre compte",
    "Je me suis désinscrite en mars et on m'a encore prélevé 29 euros",
    "Toujours pas remboursée trois semaines après mon désabonnement",
    "Le conseiller m'a dit d'arrêter d'appeler le service client",
    "Vous avez supprimé mon numéro de commande du suivi",
)


@pytest.mark.parametrize(("text", "rule", "band"), ROUND_127, ids=[t for t, _, _ in ROUND_127])
def test_round_127_shapes_are_read_by_their_rule(text: str, rule: str, band: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()
    assert detection.action() == band, detection.explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


@pytest.mark.parametrize("text", ROUND_127_NOT)
def test_round_127_lookalikes_are_left(text: str) -> None:
    assert detect(text).action() == "ignore", detect(text).explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


# Round 131 (tune131, written from the dev copy's kinds of wording, not its rows: Dutch reviews
# of a food-ordering site whose requests are all about its e-mails): the e-mail words one or
# many, no need of the mails, not waiting for them, unsubscribed and still getting them, told
# to stop mailing or spamming, bombarded with mails, the e-mail address to remove
ROUND_131 = (
    ("Stuur ons alsjeblieft geen nieuwsbrief meer", "nl.geen_meer", "apply"),
    ("Stuur mij geen e-mail meer", "nl.geen_meer", "apply"),
    ("Ik ontvang graag geen mailtjes meer", "nl.geen_meer", "apply"),
    (
        "Ik hoef echt geen mailtjes van jullie te ontvangen",
        "nl.r131_hoef_niet_te_krijgen",
        "review",
    ),
    (
        "Wij hoeven niet nog een keer een e-mail te krijgen",
        "nl.r131_hoef_niet_te_krijgen",
        "review",
    ),
    (
        "Wij zitten echt niet te wachten op al die reclamemails",
        "nl.r131_zit_niet_te_wachten_op",
        "review",
    ),
    (
        "Ik heb me vorige maand uitgeschreven voor de nieuwsbrief en krijg hem nog steeds",
        "nl.r131_afgemeld_alsnog",
        "review",
    ),
    ("Afgemeld voor die spam en toch komt het weer binnen", "nl.r131_afgemeld_alsnog", "review"),
    ("Hoewel ik me al twee keer daarvoor heb afgemeld", "nl.afgemeld17_toch", "review"),
    ("Terwijl ik me meermaals heb uitgeschreven", "nl.afgemeld17_toch", "review"),
    ("Kunnen jullie stoppen met mijn inbox vol te spammen?", "nl.r131_stop_met_spammen", "review"),
    ("Hou nou eens op met mensen te bestoken", "nl.r131_stop_met_spammen", "review"),
    ("Ik word overspoeld met mailtjes over reviews", "nl.r131_bestookt_met", "review"),
    ("Ze vallen me steeds lastig met hun nieuwsbrief", "nl.r131_bestookt_met", "review"),
    ("Graag mijn mail adres uit jullie systeem verwijderen", "nl.eis17_verwijderen", "review"),
)

# their look-alikes (written by tune131): the mails told as no longer coming, waiting for a
# mail, unsubscribing of a restaurant, the writer's own mailing, flooded with orders
ROUND_131_NOT = (
    "Ik krijg geen mail meer over mijn bestelling, wat is er mis?",
    "We hebben sindsdien geen e-mail meer ontvangen van het restaurant",
    "Kreeg opeens geen berichten meer van de bezorger",
    "Ik zit nog steeds te wachten op een mail over mijn terugbetaling",
    "Ik hoefde niet lang te wachten op de bevestigingsmail",
    "Het restaurant heeft zich afgemeld bij de site, toch kreeg ik een bevestiging",
    "Ik stop met mailen naar de klantenservice, ze reageren toch niet",
    "De keuken werd vanavond overspoeld met bestellingen",
)


@pytest.mark.parametrize(("text", "rule", "band"), ROUND_131, ids=[t for t, _, _ in ROUND_131])
def test_round_131_shapes_are_read_by_their_rule(text: str, rule: str, band: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()
    assert detection.action() == band, detection.explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


@pytest.mark.parametrize("text", ROUND_131_NOT)
def test_round_131_lookalikes_are_left(text: str) -> None:
    assert detect(text).action() == "ignore", detect(text).explain()
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


#: opt-outs that name a product or a catalogue: the product blockers leave them
SESSION_10_NOT_PRODUCTS = (
    "Ne m'envoyez plus de pubs pour vos produits",
    "Schicken Sie mir den Katalog nicht mehr",
    "No me manden más promociones de productos",
    "Não me mandem mais propaganda de produtos",
    "Non mandatemi più pubblicità dei vostri prodotti",
)


@pytest.mark.parametrize("text", SESSION_10_NOT_PRODUCTS)
def test_product_blockers_leave_the_requests(text: str) -> None:
    """A request that only names a product or a catalogue is still caught (session 10)."""
    assert detect(text).action() != "ignore", detect(text).explain()


@pytest.mark.parametrize("text", SESSION_10_PRODUCTS)
def test_products_not_wanted_any_more_are_not_applied(text: str) -> None:
    """A product, a parcel, a paper bill or an order cancelled is no revocation (session 10)."""
    assert detect(text).action() != "apply", detect(text).explain()


@pytest.mark.parametrize("text", [text for text, _ in ROUND_39_NOT])
def test_round_39_lookalikes_leave_review(text: str) -> None:
    """Round 39's reviewed non-opt-outs cost a person's time: a blocker claims the words."""
    assert detect(text).action() == "ignore", detect(text).explain()


@pytest.mark.parametrize(("text", "rule", "band"), ROUND_39_STILL)
def test_round_39_blockers_leave_the_requests_beside_them(text: str, rule: str, band: str) -> None:
    detection = detect(text)
    assert detection.evidence[0].pattern == rule, detection.explain()
    assert detection.action() == band, detection.explain()


@pytest.mark.parametrize(
    "text",
    ["短信验证码可以取消吗", "怎么关闭短信验证登录", "取消短信验证码登录", "借呗额度关闭通知"],
)
def test_round_61_the_sms_code_and_a_closure_notice_are_left(text: str) -> None:
    """Round 61: "取消/关闭" with the SMS verification code (a security step, claimed by
    r61_sms_code) or a closure notice is no request about the alerts."""
    assert detect(text).action() == "ignore", detect(text).explain()


@pytest.mark.parametrize(
    "text",
    [
        "借呗借款要不要短信验证码",
        "花呗需不需要短信验证",
        "借呗无通知关闭",
        "Please correct or remove this information off my profile.",
        "They will not remove the late payments from my credit report.",
        "I decided to close my account after the fee.",
    ],
)
def test_rounds_65_67_questions_credit_files_and_own_acts_are_left(text: str) -> None:
    """Rounds 65 and 67 (tune6567): "要不要" asks whether, the SMS verification code is a
    security step, "无通知关闭" a closure without notice (the lexicon reads them whole); items
    of a credit file are no details on a list (r67_off_credit_file); "I decided to close my
    account" tells of the writer's own act (guard="self")."""
    assert detect(text).action() == "ignore", detect(text).explain()


def test_a_credit_file_beside_a_request_leaves_the_request() -> None:
    """The credit-file blocker claims only its words: a request beside it is still caught."""
    text = "Remove the wrong accounts from my credit report and stop calling me."
    assert detect(text).action() == "review", detect(text).explain()


def test_closing_ones_own_account_is_no_request() -> None:
    """Round 39: "I will close my account" tells of the writer's own act (guard="self"); a
    request to close it still goes to review."""
    told = detect("Once the refund clears I will close my account.")
    assert told.action() == "ignore", told.explain()
    assert detect("Please close my account.").action() == "review"


@pytest.mark.parametrize(
    "text",
    [
        "The claim was paid.<br> Stop calling.",
        "The claim was paid.<br />Stop calling.",
        "<div>The claim was paid.</div><div><em>Stop calling.</em></div>",
    ],
)
def test_html_line_breaks_are_read_as_line_breaks(text: str) -> None:
    """Hellopeter keeps its HTML (round 25): "<br> Stop calling" starts a clause, not "br"."""
    detection = detect(text)
    assert detection.evidence[0].pattern == "en.stop_calling_bare", detection.explain()
    assert detection.evidence[0].matched == "stop calling", detection.explain()


def test_a_limit_on_how_many_or_a_paid_subscription_is_never_applied() -> None:
    """Round 33 labels "stop sending so many emails" and "unsubscribe for the subscription"
    not opt-outs: a person decides; the plain requests still apply."""
    for text in ("Stop sending so many emails.", "I unsubscribed from the subscription."):
        assert detect(text).action() == "review", detect(text).explain()
    for text in ("Stop sending me emails.", "Unsubscribe me from the email subscription."):
        assert detect(text).action() == "apply", detect(text).explain()


def test_channel_switch_never_stops_the_preferred_channel() -> None:
    hint = detect("no more texts, WhatsApp only").scope_hint
    assert hint is not None and hint.as_dict() == {"kind": "channel", "channel": "sms"}
    switch = detect("WhatsApp only", channel="whatsapp")
    assert switch.scope_hint is None or switch.scope_hint.channel != "whatsapp"
    assert (
        detect("stop emailing me, text me instead").scope_hint
        == detect("stop emailing me").scope_hint
    )


def test_topic_hint_keeps_what_the_person_wants() -> None:
    hint = detect("No more promos, but keep my order updates").scope_hint
    assert hint is not None
    assert hint.as_dict() == {"kind": "topic", "topic": "marketing", "keep": "my order updates"}


def test_list_keyword_gives_a_list_hint_at_full_confidence() -> None:
    config = KeywordConfig(list_triggers=(ListTrigger("promos", frozenset({"NOPROMOS"})),))
    detection = detect("NOPROMOS", config=config)
    assert (detection.intent, detection.confidence) == ("opt_out", 1.0)
    assert detection.scope_hint is not None and detection.scope_hint.list == "promos"


def test_evidence_is_readable() -> None:
    detection = detect("Please remove me from your list")
    assert detection.evidence[0].pattern == "en.remove_me_from_list"
    assert detection.evidence[0].language == "en"
    assert 'en.remove_me_from_list [en] opt_out 0.95 "remove me from your list"' in str(
        detection.evidence[0]
    )
    negated = detect("I never asked you to stop")
    assert any(e.status == "cancelled" for e in negated.evidence), negated.explain()
    assert "read stpo→stop" in detect("stpo texting me").evidence[0].note


def test_keyword_language_is_reported() -> None:
    assert detect("ARRÊT").language == "fr"
    assert detect("Dejen de enviarme mensajes").language == "es"


@pytest.mark.parametrize("fmt", FCC_FORMATS.values(), ids=FCC_FORMATS.keys())
@pytest.mark.parametrize("word", FCC_WORDS)
def test_fcc_words_in_every_format_are_applied(word: str, fmt: Callable[[str], str]) -> None:
    detection = detect(fmt(word))
    assert (detection.intent, detection.confidence) == ("opt_out", 1.0)


# --- tables -------------------------------------------------------------------------------------


def test_tables_are_well_formed() -> None:
    levels = {tables.CLEAR, tables.FIRM, tables.LIKELY, tables.PLAUSIBLE}
    for language, phrases in tables.PHRASES.items():
        ids = [p.id for p in phrases]
        assert len(ids) == len(set(ids)), language
        for phrase in phrases:
            assert phrase.intent in ("opt_out", "opt_in", "help", "none"), phrase.id
            assert phrase.guard in ("", "negation", "self"), phrase.id
            assert phrase.scope in ("", "channel:voice", "channel:email"), phrase.id
            assert phrase.cues.split(), phrase.id
            if phrase.intent != "none":
                assert 0.5 <= phrase.confidence < 1.0 or phrase.confidence in levels, phrase.id
            if phrase.intent in ("opt_in", "help"):
                assert phrase.confidence < 0.9, f"{phrase.id}: free-text opt-in is reviewed"
    assert set(tables.LANGUAGE_ORDER) == set(tables.PHRASES)


def test_variants_are_canonical() -> None:
    for wrong, right in tables.VARIANTS.items():
        assert wrong == wrong.lower() and wrong != right, wrong
        assert all(w not in tables.VARIANTS for w in right.split()), right


# --- properties ---------------------------------------------------------------------------------

KEYWORDS = sorted(
    {w for table in (keyword_tables.OPT_OUT, keyword_tables.OPT_IN, keyword_tables.HELP)
     for words in table.values() for w in words}
)  # fmt: skip
FILLERS = sorted({w for words in keyword_tables.FILLER.values() for w in words})
#: Text made of the words the patterns care about, in any order, with any punctuation.
WORDS = (
    "stop texting me don't no more please remove unsubscribe messages promos whatsapp only "
    "never not cancel appointment these anymore keep reply to i said dejen de enviarme "
    "mensajes ne plus keine mehr non più stpo auto reply s t o p"
)
TOKENS = [
    *WORDS.split(),
    " ",
    " ",
    ",",
    ".",
    "!",
    "?",
    "\n",
    "|",
    "'",
    "é",
    "текст",
    "退订",
    "🛑",
    "\u200b",
]
NEAR = st.lists(st.sampled_from(TOKENS), max_size=16).map(" ".join)


@given(st.text(st.characters(codec=None, exclude_categories=())))
def test_detect_never_raises_and_is_bounded(text: str) -> None:
    detection = detect(text)
    assert 0.0 <= detection.confidence <= 1.0
    assert detection.intent in ("opt_out", "opt_in", "help", "none")
    assert detection.confidence == 0.0 or detection.intent != "none"


LONG = {
    "many clauses": ". a" * 5000,
    "many keywords": ". stop" * 3000,
    "many requests": "stop texting me. " * 2000,
    "many negations": "don't stop texting me. " * 2000,
    "long negation frame": "don't " + "you " * 2000 + "stop texting me",
    "fullwidth": "ｓｔｏｐ ｔｅｘｔｉｎｇ ｍｅ " * 500,
    "many opening handles": "@a " * 5000 + "stop texting me",
    "many unclosed html tags": "<br " * 5000 + "stop texting me",
}


@pytest.mark.parametrize("text", LONG.values(), ids=LONG.keys())
def test_long_adversarial_messages_are_handled(text: str) -> None:
    """Matching is linear in the text (spans are claimed in a bytearray, clauses bisected)."""
    detection = detect(text)
    assert detection.intent in ("opt_out", "none")


@given(NEAR, st.sampled_from([None, "en", "es", "fr", "de", "it", "pt", "xx"]))
def test_detect_is_deterministic(text: str, hint: str | None) -> None:
    assert detect(text, hint) == detect(text, hint)


@given(st.sampled_from(KEYWORDS), st.lists(st.sampled_from(FILLERS), max_size=3), st.booleans())
def test_keyword_matches_always_score_one(keyword: str, fillers: list[str], flip: bool) -> None:
    text = " ".join([*fillers, keyword] if flip else [keyword, *fillers])
    match = match_keywords(text)
    detection = detect(text)
    if match.intent != "none":
        assert detection.confidence == 1.0
        expected = "opt_out" if match.intent == "list_trigger" else match.intent
        assert detection.intent == expected


@given(st.one_of(NEAR, st.text(max_size=40)))
def test_only_keyword_matches_are_certain(text: str) -> None:
    keyword = match_keywords(text).intent != "none"
    assert (detect(text).confidence == 1.0) == keyword


@given(NEAR)
def test_cues_only_skip_work(text: str) -> None:
    """The cue gate is an optimisation: it never changes a result."""
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


@pytest.mark.parametrize(
    "text",
    [
        "take this issue off the mailing list",  # remove_address_from_list read "take"
        "I am asking you to stop",  # said_stop read "asking"
        "we have requested for it to be removed",  # asked_before read "requested"
        "Paren los mensajes",  # cancelen_mensajes read "paren"
        "ik heb me afgemeld maar krijg nog steeds mails",  # verwijder_mij read "afgemeld"
        "я отписался от рассылки",  # knopka_otpiski read "отписал"
        "hentikan spam telepon ke nomor saya",  # berhenti_kirim read "hentikan"
        "I keep telling them not to call me",  # told15_not_to_call read "telling"
    ],
)
def test_cues_only_skip_work_where_a_pattern_read_a_word_its_cues_missed(text: str) -> None:
    """Each of these once matched a pattern only when the cue gate was off: a word the pattern
    reads was missing from its cues (checked over every collected corpus, 2026-12-06)."""
    gated, ungated = with_and_without_cues(text)
    assert gated == ungated


# --- the goals of issue #7, measured by the harness ---------------------------------------------


def test_corpus_is_broad_and_labelled() -> None:
    rows = load_corpus()
    assert len(rows) >= 400
    languages = {r.language for r in rows}
    assert {"en", "es", "pt", "fr", "de", "it"} <= languages
    for language in ("en", "es", "pt", "fr", "de", "it"):
        labelled = {r.intent for r in rows if r.language == language}
        assert labelled == {"opt_out", "opt_in", "help", "none"}, language
    assert sum(r.intent == "none" for r in rows) >= 150  # many hard negatives
    assert {r.scope for r in rows if r.intent == "opt_out"} == {"account", "list", "channel"}
    assert all(r.scope == "" for r in rows if r.intent != "opt_out")
    provenance = re.compile(
        r"written for the test suite|SMS Spam Collection \(CC BY 4\.0\) line \d+|47 CFR .+"
    )
    assert all(provenance.fullmatch(r.provenance) for r in rows)
    holdout = sum(r.split == "holdout" for r in rows)
    assert 0.15 <= holdout / len(rows) <= 0.25
    assert len({r.text for r in rows}) == len(rows), "duplicate rows"


@pytest.fixture(scope="module")
def corpus_report() -> Report:
    return evaluate_corpus(load_corpus())


@pytest.mark.parametrize("split", ["all", "dev", "holdout"])
def test_opt_out_goals_on_the_corpus(corpus_report: Report, split: str) -> None:
    report = corpus_report.splits[split]
    opt_out = report.scores["opt_out"]
    assert opt_out.recall >= 0.95, format_report(corpus_report)
    assert opt_out.precision >= 0.98, format_report(corpus_report)
    assert report.high_precision >= 0.99  # applied with no human: must be very precise
    ok, total = report.scope_agreement
    assert ok >= 0.9 * total


def test_fcc_words_are_all_applied() -> None:
    assert check_fcc_words().failures == ()


def test_overrides_are_real_opt_outs_with_reasons() -> None:
    overrides = load_overrides()
    assert overrides and all(len(o.reason) > 20 for o in overrides)
    for override in overrides:
        detection = detect(override.text)
        assert detection.intent == "opt_out" and detection.confidence >= 0.5, override.text


def test_false_opt_outs_on_ordinary_messages() -> None:
    path = default_ham_path()
    # Not a skip: the false-opt-out goal must be measured on every run, CI included; the
    # corpus is committed under tests/data (HEED_HAM_CORPUS points at another copy).
    assert path.is_file(), f"ham corpus not found at {path}: set HEED_HAM_CORPUS to its path"
    report = evaluate_corpus([], load_ham(path), load_overrides(), ham_path=str(path))
    ham = report.ham
    assert ham is not None and ham.total == 4827
    assert ham.mismatched_overrides == ()
    assert ham.overrides_detected == ham.overrides
    assert ham.rate <= 0.001, [row.line for row in ham.false_opt_outs]
    assert ham.false_at_high == 0


def test_run_default_says_when_the_ham_corpus_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HEED_HAM_CORPUS", f"{tmp_path}/missing.tsv")
    report = run_default()
    assert report.ham is None
    assert "not found" in report.notes[0]
    text = format_report(report)
    assert "NOTE: ham corpus not found" in text
    assert "FCC standard words" in text


def test_the_reading_a_reviewer_sees_names_no_band() -> None:
    """Every item in the queue is there for review: "(review)" at the end of a rule's note says
    nothing to the person deciding, and is left out of what heed thinks the message asks."""
    for phrases in tables.PHRASES.values():
        for phrase in phrases:
            reading = tables.plain_reading(phrase.note)
            assert not re.search(r"\breview\)$|\(review\b", reading), (phrase.id, reading)
    paid = "asks to switch off the SMS alerts or notifications (maybe a paid service)"
    assert detect("花呗的短信提醒怎么关掉").reading() == paid
    assert tables.plain_reading("complains of the calls (complaint, review)") == (
        "complains of the calls (complaint)"
    )
