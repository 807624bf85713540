// The Classify stage: pillar and theme lexicons, matching and scoring (see docs/ingest.md for the
// stage map). Its first parts land with the classification issue.
import Ingest
