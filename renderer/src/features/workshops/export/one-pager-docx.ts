/** The campaign one-pager for senior leaders and governors as an editable Word file. */
import type { FileChild } from 'docx';
import { formatDateLong, formatDateShort } from '@shared/calendar';
import type { SchoolSettings } from '@shared/domain';
import { docxBytes, heading, masthead, para, table, wordDocument } from '../../../print/docx-parts';
import type { PngPicture } from '../../../print/raster';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS } from '../../campaigns/labels';
import { activityMix, campaignLede, campaignReach, type OnePagerData } from '../print/CampaignOnePagerPrint';

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => para(p.trim()));

export function onePagerDocument(data: OnePagerData, settings: Pick<SchoolSettings, 'name'>, logo: PngPicture | null, today = new Date()) {
  const { campaign, activities, partners } = data;
  const { live, done, reach, withReach } = campaignReach(activities);
  const children: FileChild[] = [
    ...masthead(settings.name, 'Campaign summary for senior leaders and governors', logo),
    heading(campaign.title, 1),
    para([{ text: campaignLede(campaign), color: '444444', size: 12 }]),
    heading('Why', 2),
    ...(campaign.why ? paragraphs(campaign.why) : [para('The evidence behind this campaign has not been written down yet.')]),
    heading('What', 2),
    ...(campaign.goal ? paragraphs(campaign.goal) : []),
    para(`${activityMix(activities)}${partners.length > 0 ? `, with ${partners.map((p) => p.name).join(' and ')}` : ''}${campaign.lead ? `. Led by ${campaign.lead}` : ''}.`),
    heading('When', 2),
    para(`${formatDateLong(campaign.startDate)} to ${formatDateLong(campaign.endDate)}${campaign.reviewDate ? `; review on ${formatDateLong(campaign.reviewDate)}` : ''}.`),
  ];
  if (activities.length > 0) {
    children.push(
      table(
        ['Date', 'Activity', 'Status', 'Reach'],
        activities.map((a) => [formatDateShort(a.date), `${a.title} (${ACTIVITY_TYPE_LABELS[a.type]})`, ACTIVITY_STATUS_LABELS[a.status], a.status === 'done' && a.reach !== undefined ? String(a.reach) : '']),
        [16, 56, 16, 12],
      ),
    );
  }
  children.push(
    heading('Reach so far', 2),
    para([{ text: String(done.length), bold: true }, ` of ${live.length} activities done`, ...(withReach > 0 ? [', reaching ', { text: String(reach), bold: true }, ` ${reach === 1 ? 'person' : 'people'} in all`] : []), '.']),
    para([{ text: 'Reach is how many attended each activity: a count, never names. People who came to more than one activity are counted each time.', color: '4A5552', size: 9.5 }]),
  );
  if (campaign.notes) children.push(heading('Notes', 2), ...paragraphs(campaign.notes));
  children.push(para([{ text: `Prepared from Upstream on ${formatDateLong(today)}.`, color: '555555', size: 9 }]));
  return wordDocument({ title: campaign.title, schoolName: settings.name, children });
}

export async function buildOnePagerDocx(data: OnePagerData, settings: Pick<SchoolSettings, 'name'>, logo: PngPicture | null): Promise<Uint8Array> {
  return docxBytes(onePagerDocument(data, settings, logo));
}
