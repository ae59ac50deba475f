import { describe, expect, it } from 'vitest';
import { type CampaignFacts, campaignPlanRefusal, decideCampaign } from './campaign.ts';

const draft: CampaignFacts = {
  state: 'draft',
  periodFrom: '2026-11-01',
  periodTo: '2026-12-31',
  agencyIds: [],
  summary: null,
};

describe('special campaigns (第七条 专项监督)', () => {
  it('第七条（七）: the period ends after it starts', () => {
    expect(campaignPlanRefusal({ periodFrom: '2026-12-01', periodTo: '2026-11-01' })).toMatchObject({
      field: 'periodTo',
    });
    expect(campaignPlanRefusal(draft)).toBeNull();
  });

  it('第七条第二款: a campaign runs only over named agencies, and attaches visits only to them', () => {
    expect(decideCampaign(draft, { type: 'start' })).toMatchObject({
      ok: false,
      refusal: { field: 'agencyIds' },
    });
    const withAgencies = decideCampaign(draft, { type: 'add_agencies', agencyIds: ['g1', 'g1', 'g2'] });
    if (!withAgencies.ok) throw new Error();
    expect(withAgencies.facts.agencyIds).toEqual(['g1', 'g2']);
    const running = decideCampaign(withAgencies.facts, { type: 'start' });
    if (!running.ok) throw new Error();
    expect(running.facts.state).toBe('running');
    expect(
      decideCampaign(running.facts, { type: 'attach_visit', agencyId: 'g3', visitState: 'planned' }).ok,
    ).toBe(false);
    expect(
      decideCampaign(running.facts, { type: 'attach_visit', agencyId: 'g2', visitState: 'planned' }).ok,
    ).toBe(true);
  });

  it('第七条（七）: summarised once every visit is closed, with a summary; then nothing more', () => {
    const running: CampaignFacts = { ...draft, state: 'running', agencyIds: ['g1'] };
    expect(decideCampaign(running, { type: 'summarise', summary: '总结', openVisits: 1 })).toMatchObject({
      ok: false,
      refusal: { field: 'inspections' },
    });
    expect(decideCampaign(running, { type: 'summarise', summary: ' ', openVisits: 0 }).ok).toBe(false);
    const done = decideCampaign(running, { type: 'summarise', summary: '总结', openVisits: 0 });
    expect(done).toMatchObject({ ok: true, facts: { state: 'summarised', summary: '总结' } });
    if (done.ok)
      expect(decideCampaign(done.facts, { type: 'add_agencies', agencyIds: ['g9'] }).ok).toBe(false);
  });
});
