// The Aggregate stage: rankings, findings and reports. Lands with the aggregation issue.
import Classify
