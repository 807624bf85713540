#!/usr/bin/env python3
"""Writes a Cap Collectif-shaped consultation export of N rows for the scale benchmark.

usage: bench/make-consultation.py N OUT.csv [--seed S] [--campaign-share F]

Columns as the Grand Débat open data: id, reference, title, createdAt, publishedAt, updatedAt, trashed,
trashedStatus, authorId, authorType, authorZipCode, then two question columns `Q<id> - <title>`. Each
answer is 300 to 600 bytes of French sentences drawn from the lists below (written for this benchmark),
so that the lexicons fire as on real contributions; a share of the rows (default 2 %) copy one of a few
campaign texts word for word, as organised contributions do. Deterministic for a given seed.
"""
import argparse, base64, csv, random

OPENERS = [
    "Je pense que", "Il faudrait que", "Dans notre territoire,", "En tant que soignante,", "Depuis des années,",
    "Mon expérience montre que", "Nous demandons que", "Il est urgent que", "À mon avis,", "Concrètement,",
]
CLAIMS = [
    "la télémédecine soit développée dans les EHPAD et pour les personnes isolées",
    "les salaires des infirmiers et des aides-soignants soient revalorisés",
    "l'hôpital retrouve des moyens pour investir dans ses bâtiments vieillissants",
    "la coordination entre la médecine de ville et l'hôpital soit enfin organisée",
    "la prévention commence dès l'école et continue au travail",
    "les usagers soient associés aux décisions des agences régionales de santé",
    "les déserts médicaux reçoivent des médecins grâce à des maisons de santé",
    "la tarification à l'activité laisse place à un financement plus juste",
    "les urgences ne soient plus le seul recours la nuit et le week-end",
    "les démarches administratives des soignants soient allégées",
    "les transports vers l'hôpital soient pris en charge pour les patients âgés",
    "la santé mentale des jeunes soit une priorité",
]
REASONS = [
    "car les équipes sont épuisées après la crise sanitaire.", "parce que les patients attendent trop longtemps.",
    "afin que chacun soit soigné près de chez lui.", "car les moyens manquent partout.",
    "pour que le métier redevienne attractif.", "et cela coûterait moins cher à long terme.",
    "comme l'a montré la période du confinement.", "sinon les inégalités vont encore se creuser.",
]
QUESTIONS = ["Q164 - Que faudrait-il faire pour améliorer l'accès aux soins ?", "Q165 - Avez-vous d'autres propositions ?"]
ZIPS = ["31000", "75011", "69003", "13001", "59000", "67000", "33000", "44000", "35000", "20000", "97400", "97200", "06000", "34000", "54000"]
HEADER = ["id", "reference", "title", "createdAt", "publishedAt", "updatedAt", "trashed", "trashedStatus", "authorId",
          "authorType", "authorZipCode"] + QUESTIONS


def answer(rng):
    text = ""
    while len(text.encode()) < rng.randint(300, 600):
        text += f"{rng.choice(OPENERS)} {rng.choice(CLAIMS)} {rng.choice(REASONS)} "
    return text.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int); ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=2020); ap.add_argument("--campaign-share", type=float, default=0.02)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    campaigns = [answer(rng) for _ in range(5)]
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADER)
        for i in range(a.n):
            rid = base64.b64encode(f"Proposal:{i:08d}".encode()).decode()
            author = base64.b64encode(f"User:{rng.randrange(10**9):09d}".encode()).decode()
            day = f"2020-06-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:00"
            first = rng.choice(campaigns) if rng.random() < a.campaign_share else answer(rng)
            second = answer(rng) if rng.random() < 0.4 else ""
            w.writerow([rid, f"1-{i}", "", day, day, "", "false", "", author, rng.choice(["Citoyen", "Organisation"]),
                        rng.choice(ZIPS), first, second])


if __name__ == "__main__":
    main()
