// The shapes the evaluation pages read from the API: the contracts the API states its answers with.
import type {
  EvaluatedAct,
  EvaluatedFile,
  EvaluationCampaign,
  EvaluationDetail,
  EvaluationFileDetail,
  EvaluationSummary,
  RubricView,
} from '@jiandu/contracts';

export type Rubric = RubricView;
export type RubricItem = Rubric['chapters'][number]['items'][number];
export type Campaign = EvaluationCampaign;
export type Sheet = EvaluatedFile['sheets'][number];
export type FileResult = EvaluatedFile;
export type Summary = EvaluationSummary;
export type CampaignDetail = EvaluationDetail;
export type Act = EvaluatedAct;
export type FileDetail = EvaluationFileDetail;
