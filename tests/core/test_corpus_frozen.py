"""The collected revocation corpora are frozen: their bytes, columns and splits never change.

``tests/data/revocation-corpus/collected.tsv`` (round 2), ``collected-v2.tsv`` (round 3),
``collected-v3.tsv`` (round 4), ``collected-v4.tsv`` (round 5), ``collected-v5.tsv`` (round 6),
``collected-v6.tsv`` (round 7), ``collected-v7.tsv`` and ``collected-v8.tsv`` (round 8),
``collected-v9.tsv`` (round 9), ``collected-v10.tsv`` (round 10), ``collected-v11.tsv`` (round
11), ``collected-v12.tsv`` (round 12), ``collected-v13.tsv`` (round 13), ``collected-v14.tsv``
(round 14), ``collected-v15.tsv`` (round 15), ``collected-v16.tsv`` (round 16),
``collected-v17.tsv`` (round 17), ``collected-v18.tsv`` (round 18), ``collected-v19.tsv``
(round 19), ``collected-v20.tsv`` (round 20), ``collected-v22.tsv`` (round 22),
``collected-v24.tsv`` (round 24) and ``collected-v25.tsv`` (round 25) hold real
``collected-v24.tsv`` (round 24) and ``collected-v27.tsv`` (round 27) hold real
``collected-v24.tsv`` (round 24) and ``collected-v29.tsv`` (round 29) hold real
replies and messages copied verbatim from public sources (see the README). Each was frozen, and
split, before any detector tuning on it, so that nobody can tune to it; the ``holdout`` rows are
never used for tuning. Changing a file must be a deliberate, reviewed act: a new corpus gets a new
file name and a new hash, never an edit of an old one.
"""

from __future__ import annotations

import collections
import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).parents[1] / "data" / "revocation-corpus"
COLUMNS = ["id", "text", "label", "kind", "language", "context", "source", "quote_note", "split"]


@dataclass(frozen=True)
class Frozen:
    name: str
    sha256: str
    salt: str  # the split ranks rows by sha256(salt + id) inside each (language, label)
    dev_share: float
    min_rows: int
    min_languages: int


CORPORA = [
    Frozen(
        "collected.tsv",
        "c89aa2d0ad2bb4b91b7487b3a7b88f13872d1efbed2efbca88dde5a71bf31022",
        "heed-revocation-corpus-v1:",
        0.7,
        500,
        8,
    ),
    Frozen(
        "collected-v2.tsv",
        "a7225076470cf3d65ac18d4275496aa7f48ce8598598eece2ef5d1c1458dac78",
        "heed-revocation-corpus-v2:",
        0.5,
        600,
        16,
    ),
    Frozen(
        "collected-v3.tsv",
        "56f649a1fd7cca9358f7c385350ff9df6b983d8a16d9998144f50efa2b964b14",
        "heed-revocation-corpus-v3:",
        0.55,
        900,
        40,
    ),
    Frozen(
        "collected-v4.tsv",
        "caac7bfa3a55c85c1a686d4112798685748174bb93b8249e1f5f40bd5d5bd488",
        "heed-revocation-corpus-v4:",
        0.5,
        500,
        8,
    ),
    Frozen(
        "collected-v5.tsv",
        "9142bb081818672d54412ee6e37f18ad8520c38ee2c0b5e3b25bc0eb44e21f70",
        "heed-revocation-corpus-v5:",
        0.5,
        250,
        8,
    ),
    Frozen(
        "collected-v6.tsv",
        "acacf706d64e700ae3ef7646f4064eebc6744ca85a9131c5238abbb3b8a5878f",
        "heed-revocation-corpus-v6:",
        0.5,
        300,
        8,
    ),
    Frozen(
        "collected-v7.tsv",
        "1af2a8f9d97ae0959276813ab94b882ed03eb0764bb5e6dbd12b881e2335481e",
        "heed-revocation-corpus-v7:",
        0.5,
        550,
        8,
    ),
    Frozen(
        "collected-v8.tsv",
        "95fe6f60a085d03672a4ba27ef77ba1dc4564ed344716a16878e012d0a5f4dc1",
        "heed-revocation-corpus-v8:",
        0.5,
        180,
        8,
    ),
    Frozen(
        "collected-v9.tsv",
        "493eac49409ee0a97a770308532bd25072e496216c39d73317958b024fc62895",
        "heed-revocation-corpus-v9:",
        0.5,
        300,
        1,  # English only: mailing-list messages (see the README's round 9)
    ),
    Frozen(
        "collected-v10.tsv",
        "2b1a4f955bbbe26d0bb5c71b6ddd8cb1d8522cd73ac1935331117a9bad3852a2",
        "heed-revocation-corpus-v10:",
        0.5,
        100,
        1,  # English only, and under the round's target (see the README's round 10)
    ),
    Frozen(
        "collected-v11.tsv",
        "1e6f6376599ff1063385362f04a82557961e3b258d65f115b640e9a3e548edf8",
        "heed-revocation-corpus-v11:",
        0.5,
        120,
        3,  # en, de, es; far under the round's target (see the README's round 11)
    ),
    Frozen(
        "collected-v12.tsv",
        "132b6c7c5a995eccc5200bf759d6edf4cf2ef27e181055425cdbcdee851f0445",
        "heed-revocation-corpus-v12:",
        0.5,
        250,
        2,  # fr (all 12 opt-outs) and en; under the round's target (see the README's round 12)
    ),
    Frozen(
        "collected-v13.tsv",
        "81e731d6f41a72053e63d8c20ca18a590f39075e4ee626892aaf3418a21b65c7",
        "heed-revocation-corpus-v13:",
        0.5,
        270,
        3,  # pt (109 opt-outs), es (6) and id (2); see the README's round 13
    ),
    Frozen(
        "collected-v14.tsv",
        "881da7522af725d0395e2e20defe21388d9ddd9b50ca3a8ad3c653843a3573e8",
        "heed-revocation-corpus-v14:",
        0.5,
        380,
        2,  # pt (28 opt-outs) and id (34); see the README's round 14
    ),
    Frozen(
        "collected-v15.tsv",
        "1b00d39da732ce9a0c89b3da952903d11e13a833c1fcb3eb31031781dcf36503",
        "heed-revocation-corpus-v15:",
        0.5,
        245,
        1,  # en only (US CFPB complaints, 61 opt-outs); see the README's round 15
    ),
    Frozen(
        "collected-v16.tsv",
        "65e824f10dadb10c9f1898d13a9170e29648dcbbb523c055944964adaaa07f39",
        "heed-revocation-corpus-v16:",
        0.5,
        165,
        1,  # en only (US CFPB complaints, 55 opt-outs); see the README's round 16
    ),
    Frozen(
        "collected-v17.tsv",
        "5de2c318bc1a9f347c783ee6bf64af07c1806edf27429cb75087df8d96840108",
        "heed-revocation-corpus-v17:",
        0.5,
        350,
        1,  # zh only (Chinese consumer-finance complaints, 187 opt-outs); see the README's round 17
    ),
    Frozen(
        "collected-v18.tsv",
        "92e51b8af9fb683edb23a3735debabc2fb9cd1260cf78ec6c39e8316f9dc6ca4",
        "heed-revocation-corpus-v18:",
        0.5,
        240,
        1,  # pt only (Reclame Aqui and consumidor.gov.br, 46 opt-outs); README's round 18
    ),
    Frozen(
        "collected-v19.tsv",
        "2a73eb826b6c60fdd01a1cffdcbe97dc05b88b9882662d2f7954dbb98db9970d",
        "heed-revocation-corpus-v19:",
        0.5,
        215,
        1,  # en only (US CFPB complaints, 27 opt-outs); see the README's round 19
    ),
    Frozen(
        "collected-v20.tsv",
        "f01cb7f307d6f08ff344f4977e0a85452f58ff9a2d0215cc96ad0e24576cf900",
        "heed-revocation-corpus-v20:",
        0.5,
        160,
        1,  # pt only (Reclame Aqui, TIM Live telemarketing, 79 opt-outs); README's round 20
    ),
    Frozen(
        "collected-v22.tsv",
        "cbcc7a2fe69aab285b201da225dfc5e8d8172e191fd4b23643dbcd20f3169d0e",
        "heed-revocation-corpus-v22:",
        0.5,
        150,
        1,  # id only (Google Play reviews of a loan app, 45 opt-outs); README's round 22
    ),
    Frozen(
        "collected-v24.tsv",
        "12006709b0cec47a4a6041bec8cc11d206bc80eda05316cd06ab6dfa94cbde6a",
        "heed-revocation-corpus-v24:",
        0.5,
        130,
        1,  # en only (Indian app reviews, ed-tech sales calls, 26 opt-outs); README's round 24
    ),
    Frozen(
        "collected-v25.tsv",
        "a8bad42ff0a3f26d73e031f6a8f500da352b7985a0910ef671b573c7c1fa12ea",
        "heed-revocation-corpus-v25:",
        0.5,
        100,
        1,  # en only (Hellopeter complaints, insurers' sales calls, 49 opt-outs); README's round 25
    ),
    Frozen(
        "collected-v27.tsv",
        "9b8b1cd7e2e00ecc159694ce17fe704e24627732a7fa2c910609e40532a57597",
        "heed-revocation-corpus-v27:",
        0.5,
        100,
        1,  # id only (loan, carrier and bank app reviews, 25 opt-outs); README's round 27
    ),
    Frozen(
        "collected-v29.tsv",
        "b40b1e06df186b0e6cf5f0e7e6ac8b713e3778b5269c7ae84efed9b163726a40",
        "heed-revocation-corpus-v29:",
        0.5,
        85,
        1,  # en only (UK/AU telecom reviews, Kenyan tweets, 35 opt-outs); README's round 29
    ),
    Frozen(
        "collected-v31.tsv",
        "7ab58a80e50278349a07a8d5d84960597e840ce6698e8da5b3cd94504b88aef0",
        "heed-revocation-corpus-v31:",
        0.5,
        75,
        1,  # en only (UK operator and Kenyan brand tweets, 28 opt-outs); README's round 31
    ),
    Frozen(
        "collected-v33.tsv",
        "99ca43a4835ec0d17a7e8f7043d7b774ba88ffd8c8a64ddf155b607cfe3f5fa1",
        "heed-revocation-corpus-v33:",
        0.5,
        110,
        1,  # en only (US insurer, car-warranty and shop reviews, 27 opt-outs); README's round 33
    ),
    Frozen(
        "collected-v35.tsv",
        "f9f6763d2f8dde4d602d841b3e64a739a1f927b61fe503dcd03695a5c8dcdfcd",
        "heed-revocation-corpus-v35:",
        0.5,
        85,
        1,  # pt only (Reclame Aqui complaints, sales and collection calls, 13 opt-outs); round 35
    ),
    Frozen(
        "collected-v37.tsv",
        "c66f94193ecc3d80990b5d2993fd84d02244d0c394084188475c3cbeb0991861",
        "heed-revocation-corpus-v37:",
        0.5,
        70,
        1,  # fr only (French insurer reviews, 13 opt-outs); README's round 37
    ),
    Frozen(
        "collected-v39.tsv",
        "c619e71b67f939a09508268e32a491d135bf0d5cb4d069cdcbb2cd5fb0967860",
        "heed-revocation-corpus-v39:",
        0.5,
        140,
        1,  # en only (US cheque-printer, app, shop and UK energy reviews, 23 opt-outs); round 39
    ),
    Frozen(
        "collected-v47.tsv",
        "08ca325857b9f5377b592bed2b2eae038c03d3ee554aa4668468ed94e6762baa",
        "heed-revocation-corpus-v47:",
        0.5,
        95,
        1,  # en only (Jio and South African bank tweets, Uber reviews, 23 opt-outs); round 47
    ),
    Frozen(
        "collected-v51.tsv",
        "f3bebff3da7412dadcc5e7ddbc2037969609f74322eef70e73fd4313ad19e4ab",
        "heed-revocation-corpus-v51:",
        0.5,
        60,
        1,  # id only (tweets to Telkomsel, 2022-2025, 15 opt-outs); README's round 51
    ),
    Frozen(
        "collected-v53.tsv",
        "f548bd57edaf8750dad3d44e06599ad39392395b598d1ff0a1058e617ec6517e",
        "heed-revocation-corpus-v53:",
        0.5,
        80,
        1,  # en only (tweets to South African and Kenyan banks, 13 opt-outs); README's round 53
    ),
    Frozen(
        "collected-v61.tsv",
        "4bd38cc87cc6d9d37e64f7a3c5f50e42b1b41438c11eb2217a34fdf6f0c69021",
        "heed-revocation-corpus-v61:",
        0.5,
        120,
        1,  # zh only (Alipay and WeBank customer-service questions, 45 opt-outs); round 61
    ),
    Frozen(
        "collected-v65.tsv",
        "9129ec007aeef9d00f983642ceaf3a233ead6a9c7c930ae2f4b123b88b9b5794",
        "heed-revocation-corpus-v65:",
        0.5,
        90,
        1,  # zh only (Alipay customer-service questions from AFQMC, 25 opt-outs); round 65
    ),
    Frozen(
        "collected-v67.tsv",
        "c217301c058ff5577a3d3725505cb4b716fe86ce44012a2bca1b79b06d8b655a",
        "heed-revocation-corpus-v67:",
        0.5,
        60,
        1,  # en only (CFPB complaint narratives, 12 opt-outs); README's round 67
    ),
    Frozen(
        "collected-v69.tsv",
        "d983567d89be1cfd8efcd3f2e89ef26fadffaa983e1cb5b3320ef908c59e65b5",
        "heed-revocation-corpus-v69:",
        0.5,
        60,
        1,  # en only (CFPB complaint narratives up to 2,500 chars, 16 opt-outs); round 69
    ),
    Frozen(
        "collected-v71.tsv",
        "aeb907e8b4f075ce17d1f9dbcacec31127b77f90572ed29ab48f5957a72e06f2",
        "heed-revocation-corpus-v71:",
        0.5,
        60,
        1,  # en only (CFPB narratives up to 2,500 chars, a third region, 16 opt-outs); round 71
    ),
    Frozen(
        "collected-v73.tsv",
        "2f8f1d6e6d506e6bafb02b8702c8e34024ffa92a10a460d55db37a666f772cbf",
        "heed-revocation-corpus-v73:",
        0.5,
        60,
        1,  # en only (CFPB narratives up to 2,500 chars, a fourth region, 12 opt-outs); round 73
    ),
    Frozen(
        "collected-v75.tsv",
        "90d80eabd018ea62e0b69746d73536fe67493f1cd7de88353cf87854e9df4772",
        "heed-revocation-corpus-v75:",
        0.5,
        64,
        1,  # en only (CFPB narratives up to 2,500 chars, a fifth region, 16 opt-outs); round 75
    ),
    Frozen(
        "collected-v77.tsv",
        "5bca89ef200504255e510a9b408090f06b83f397b6d8245594bfbdca9d3b919b",
        "heed-revocation-corpus-v77:",
        0.5,
        64,
        1,  # en only (CFPB narratives up to 2,500 chars, a sixth region, 16 opt-outs); round 77
    ),
    Frozen(
        "collected-v79.tsv",
        "01d4afdfde40a2904a22f8d5f8d045c4cc6ffd1461a5ef9b0cd94a81f5cb0008",
        "heed-revocation-corpus-v79:",
        0.5,
        60,
        1,  # tr only (Şikayetvar complaints to three Turkish banks, 21 opt-outs); round 79
    ),
    Frozen(
        "collected-v81.tsv",
        "7a6a2cf9d52dec158b9846229954e3fedae2aef849d4be736873941aae5f8759",
        "heed-revocation-corpus-v81:",
        0.5,
        100,
        1,  # tr only (Şikayetvar complaints to Vodafone and Turkcell, 17 opt-outs); round 81
    ),
    Frozen(
        "collected-v83.tsv",
        "f999801c809ea9913476028143bcefefccc4473956e42dcc85b5e2f35f3c38b9",
        "heed-revocation-corpus-v83:",
        0.5,
        60,
        1,  # en only (CFPB narratives up to 2,500 chars, a seventh region, 16 opt-outs); round 83
    ),
    Frozen(
        "collected-v85.tsv",
        "731155f67ea0f4170d87e8c6367b80068d5065ea3f1a2942525a7cda468e042e",
        "heed-revocation-corpus-v85:",
        0.5,
        28,
        1,  # ru only (myfin.by reviews of Belarusian banks, 9 opt-outs); round 85
    ),
    Frozen(
        "collected-v87.tsv",
        "34f7085f2a6dfdf4ad834d078098b7896215afe3edae9085ba0bf93e2d7ac85b",
        "heed-revocation-corpus-v87:",
        0.5,
        40,
        1,  # ru only (Sravni.ru reviews of Gazprombank, 14 opt-outs); round 87
    ),
    Frozen(
        "collected-v89.tsv",
        "62327e2b0f628887efe78f9d4c140148f0acce831896edd43e4a82dc97fa49fa",
        "heed-revocation-corpus-v89:",
        0.5,
        62,
        1,  # en only (CFPB narratives up to 2,500 chars, an eighth region, 14 opt-outs); round 89
    ),
    Frozen(
        "collected-v91.tsv",
        "d57197fc7d805913944196c462c9ed16623db0da296319f81c5fb08930a2dd39",
        "heed-revocation-corpus-v91:",
        0.5,
        60,
        1,  # en only (CFPB narratives up to 2,500 chars, an eighth region, 17 opt-outs); round 91
    ),
    Frozen(
        "collected-v93.tsv",
        "987b6de317ae30a7cd0de2d93695b44a22510646af2e851de3756eafc1e3837e",
        "heed-revocation-corpus-v93:",
        0.5,
        32,
        1,  # ru only (Sravni.ru reviews of many Russian banks, 8 opt-outs); round 93
    ),
    Frozen(
        "collected-v101.tsv",
        "0ffd29315c7519514583fa6eedc12524bcf22da27c30e15790c7760024e79a8f",
        "heed-revocation-corpus-v101:",
        0.5,
        58,
        1,  # ko only (Google Play reviews of Korean apps, 20 opt-outs); round 101
    ),
    Frozen(
        "collected-v95.tsv",
        "13a88c47784a5f2071d5f3df29894e5f7fb8e431045285f8142b70f10779b732",
        "heed-revocation-corpus-v95:",
        0.5,
        90,
        1,  # tr only (Şikayetvar: long bank/Vodafone texts, to4530 Turkcell, 14 opt-outs); round 95
    ),
    Frozen(
        "collected-v109.tsv",
        "a496ea8aaa4afce82376951a23bca9aa326c885c2cb64e58faabdd3fe705923b",
        "heed-revocation-corpus-v109:",
        0.5,
        28,
        1,  # ko only (Google Play/App Store reviews of Korean bank apps, 10 opt-outs); round 109
    ),
    Frozen(
        "collected-v111.tsv",
        "acfb2789767c64f3db7149829cb24918c194a7fc28056e024d60207bd9d85d63",
        "heed-revocation-corpus-v111:",
        0.5,
        38,
        1,  # tr only (Şikayetvar: Turkcell output_data.json, 22 firms, 9 opt-outs); round 111
    ),
    Frozen(
        "collected-v121.tsv",
        "c6043c83001b4a21948dff189936308510ba9db2f008b01b867714cd0d508692",
        "heed-revocation-corpus-v121:",
        0.5,
        56,
        1,  # en only (Play/App Store reviews of Walmart, Grubhub, Uber Eats, DoorDash); round 121
    ),
    Frozen(
        "collected-v123.tsv",
        "bd626f0bade44d83f99b7a6cd5ca9373c054a29ceb0a8f50502da86838a72b56",
        "heed-revocation-corpus-v123:",
        0.5,
        170,
        1,  # en only (Google Play reviews: Kaggle 2018 set, dating apps, Netflix, ...); round 123
    ),
    Frozen(
        "collected-v127.tsv",
        "b21b2f17d5196f0c9aad7d45caf092ef74798086c47f889e7e5bcca28b596d9c",
        "heed-revocation-corpus-v127:",
        0.5,
        205,
        1,  # fr only (Trustpilot reviews of Cdiscount and Moroccan operators, tweets); round 127
    ),
    Frozen(
        "collected-v131.tsv",
        "701da25ee2b884ea5cb56e443dc8c98b8b44a6e6300c6693457c49ce267dd428",
        "heed-revocation-corpus-v131:",
        0.5,
        60,
        1,  # nl only (nl.trustpilot.com reviews of Thuisbezorgd.nl); round 131
    ),
    Frozen(
        "collected-v137.tsv",
        "9f902cdbcab3e4062274bcaf67b167d2ecb7ade559d48b67c5590184c8b2e909",
        "heed-revocation-corpus-v137:",
        0.5,
        25,
        1,  # en only (replies to commercial bulk e-mail, user queries to chatbots); round 137
    ),
]
BY_NAME = pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.name)


def _rows(corpus: Frozen) -> list[dict[str, str]]:
    with (CORPUS_DIR / corpus.name).open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


@BY_NAME
def test_file_hash_is_frozen(corpus: Frozen) -> None:
    digest = hashlib.sha256((CORPUS_DIR / corpus.name).read_bytes()).hexdigest()
    assert digest == corpus.sha256
    lines = (CORPUS_DIR / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert f"{corpus.sha256}  {corpus.name}" in lines


@BY_NAME
def test_rows_are_well_formed(corpus: Frozen) -> None:
    rows = _rows(corpus)
    assert len(rows) >= corpus.min_rows
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({_fold(r["text"]) for r in rows}) == len(rows)
    for r in rows:
        assert r["text"].strip() and r["source"] and r["quote_note"] and r["kind"]
        assert r["label"] in {"opt_out", "not_opt_out"}
        assert r["context"] in {"", "marketing", "conversational"}
        assert len(r["language"]) == 2 and r["language"].islower()
        assert r["split"] in {"dev", "holdout"}


@BY_NAME
def test_label_and_language_mix(corpus: Frozen) -> None:
    rows = _rows(corpus)
    not_opt_out = sum(r["label"] == "not_opt_out" for r in rows)
    assert not_opt_out >= 0.4 * len(rows)
    assert len({r["language"] for r in rows}) >= corpus.min_languages


@pytest.mark.parametrize(
    "later",
    list(range(1, len(CORPORA))),  # every frozen file after the first, in CORPORA order
    ids=[
        "round-3",
        "round-4",
        "round-5",
        "round-6",
        "round-7",
        "round-8",
        "round-8-second",
        "round-9",
        "round-10",
        "round-11",
        "round-12",
        "round-13",
        "round-14",
        "round-15",
        "round-16",
        "round-17",
        "round-18",
        "round-19",
        "round-20",
        "round-22",
        "round-24",
        "round-25",
        "round-27",
        "round-29",
        "round-31",
        "round-33",
        "round-35",
        "round-37",
        "round-39",
        "round-47",
        "round-51",
        "round-53",
        "round-61",
        "round-65",
        "round-67",
        "round-69",
        "round-71",
        "round-73",
        "round-75",
        "round-77",
        "round-79",
        "round-81",
        "round-83",
        "round-85",
        "round-87",
        "round-89",
        "round-91",
        "round-93",
        "round-101",
        "round-95",
        "round-109",
        "round-111",
        "round-121",
        "round-123",
        "round-127",
        "round-131",
        "round-137",
    ],
)
def test_a_later_round_shares_no_text_with_an_earlier_one(later: int) -> None:
    """A later round measures text nobody tuned on before: no row of it is in an earlier file."""
    earlier = {_fold(r["text"]) for corpus in CORPORA[:later] for r in _rows(corpus)}
    assert not earlier & {_fold(r["text"]) for r in _rows(CORPORA[later])}


@BY_NAME
def test_split_is_the_seeded_stratified_hash(corpus: Frozen) -> None:
    """Per (language, label), rows ranked by a salted hash of the id; the first share is dev."""
    strata: dict[tuple[str, str], list[dict[str, str]]] = collections.defaultdict(list)
    for r in _rows(corpus):
        strata[(r["language"], r["label"])].append(r)
    for members in strata.values():
        ranked = sorted(
            members, key=lambda r: hashlib.sha256((corpus.salt + r["id"]).encode()).hexdigest()
        )
        n_dev = round(corpus.dev_share * len(ranked))
        assert [r["split"] for r in ranked] == ["dev"] * n_dev + ["holdout"] * (len(ranked) - n_dev)
