/**
 * `vague-source`: an indefinite collective or an unspecified publication
 * standing in for a source.  Spans cover the noun phrase (“Many
 * historians”, “a recent study”, “Local media”).  A collective tied to a
 * named body (“analysts at Morgan Stanley”) is specific; a collective that
 * is the topic rather than the source is not a source at all.
 */
import {describe, expect, it} from 'vitest'
import {flagged} from './util.js'

const positives: Array<[string, Array<string>]> = [
  ['Experts say the bridge is unsafe and should be closed.', ['Experts']],
  ['Many historians argue that the treaty made the second war inevitable.', ['Many historians']],
  ['According to researchers, the virus mutates more slowly than influenza.', ['researchers']],
  ['Studies show that children who read every day do better at school.', ['Studies']],
  ['A recent study found that the drug cut the risk of stroke.', ['A recent study']],
  ['Regional media reported that the governor had been detained.', ['Regional media']],
  ['According to reports, the singer has cancelled the rest of her tour.', ['reports']],
  ['Officials said the road would reopen on Friday.', ['Officials']],
  ['Authorities said three people had been arrested after the match.', ['Authorities']],
  ['Surveys show most voters want the tax cut.', ['Surveys']],
  ['Research has shown that the chemical is harmful to bees.', ['Research']],
  ['Analysts say the merger will face tough scrutiny from regulators.', ['Analysts']],
  ['Critics say the law will curb free speech.', ['Critics']],
  ['Observers noted that the president looked tired during the address.', ['Observers']],
  ['Commentators have described the budget as a gamble.', ['Commentators']],
  ['Pundits predicted a landslide for the governing party.', ['Pundits']],
  ['Kremlin watchers say the purge is far from over.', ['Kremlin watchers']],
  ['Market watchers expect the central bank to cut rates in June.', ['Market watchers']],
  ['Some scientists believe the lake could dry up within a decade.', ['Some scientists']],
  ['Economists warn that a recession is likely next year.', ['Economists']],
  ['Specialists say the painting may be a forgery.', ['Specialists']],
  ['Media reports said the plane had been diverted to Cairo.', ['Media reports']],
  ['Local media reported that the dam had burst after days of rain.', ['Local media']],
  ['State media said the exercise involved dozens of warships.', ['State media']],
  ['Press reports suggest the club is close to a sale.', ['Press reports']],
  ['Initial reports said the fire had started in the kitchen.', ['Initial reports']],
  ['A recent report found that rents had doubled in a decade.', ['A recent report']],
  ['Some argue the tax will hurt small businesses.', ['Some']],
  ['Others say the reforms do not go far enough.', ['Others']],
  ['Many believe the election was rigged.', ['Many']],
  ['Supporters say the plan will create thousands of jobs.', ['Supporters']],
  ['Opponents argue that the dam will destroy the valley.', ['Opponents']],
  ['The international community has warned that the blockade could cause famine.', ['The international community']],
  ['Scientists say the glacier is retreating.', ['Scientists']],
  ['Several experts told the newspaper that the design was flawed.', ['Several experts']],
  ['A number of economists have questioned the forecast.', ['A number of economists']],
  ['Most analysts expect the bank to hold rates.', ['Most analysts']],
  ['Researchers found that the treatment worked in mice.', ['Researchers']],
  ['Science says we need eight hours of sleep.', ['Science']],
  ['Foreign media reported explosions near the airport.', ['Foreign media']],
  ['Historians say the speech changed the course of the war.', ['Historians']],
  ['According to experts, the storm will strengthen overnight.', ['experts']],
  ['Critics have labelled the scheme ‘a tax on the poor’.', ['Critics']],
  ['According to a study, one in three adults does not get enough exercise.', ['a study']],
  ['Polls show the race is tied.', ['Polls']],
  ['Officials said the bridge would close. Experts warned that repairs could take a year.', ['Officials', 'Experts']],
  ['Some conservatives have argued that a shutdown is worth the risk.', ['Some conservatives']],
  ['Many Democrats, for their part, say they will not supply the votes.', ['Many Democrats']],
  ['Still, some parents in the region have said they distrust the shots.', ['some parents']],
  ['Dealmakers have predicted a rebound in mergers as borrowing costs ease.', ['Dealmakers']],
  ['According to documents, the contract is worth $48 million.', ['documents']],
  ['Some United supporters have questioned whether the club needs another midfielder.', ['Some United supporters']],
  ['Portuguese media reported that Benfica were holding out for the full fee.', ['Portuguese media']],
  ['Climate sceptics point instead to a separate finding about a handful of glaciers.', ['Climate sceptics']],
  ['Several activists and rights bodies have described the investigation as a witch hunt.', ['Several activists']],
  ['Social media users claimed the emergency alert reached some phones an hour late.', ['Social media users']],
  ['Local business owners say the festival is worth more than €1 million to the town.', ['Local business owners']],
  ['Traders in the area say thefts have risen since the roadworks began.', ['Traders']],
  ['Conservationists have warned that erosion on the path has worsened.', ['Conservationists']],
  ['Previous studies have linked higher step counts to lower rates of heart disease.', ['Previous studies']],
  ['11:20 — Officials said the international airport had reopened to relief flights.', ['Officials']],
  ['10:31 GMT — Local officials said some 4,000 people had fled to the village.', ['Local officials']],
  ['Several analyses, including some from think tanks, have said that the bill would hurt low earners.', ['Several analyses']],
  ['Research has consistently shown at least part of that effect.', ['Research']],
  ['According to aid workers, latrines in the camps have overflowed.', ['aid workers']],
  ['White-collar defense lawyers say cases of this size rarely go to trial.', ['White-collar defense lawyers']],
  ['A British tabloid reported that the actor had moved out.', ['A British tabloid']],
  ['Ophthalmologists say anyone with eye pain should see a doctor.', ['Ophthalmologists']],
  ['10:05 GMT — Unconfirmed reports on social media suggest that the pumping station was hit.', ['Unconfirmed reports']],
  ['Mayor Gloria Pettway said the meters would save money. Experts say the savings are overstated.', ['Experts']]
]

const negatives: Array<string> = [
  'Analysts at Morgan Stanley estimate that the deal will add to earnings.',
  'Researchers at the University of Tokyo reported the findings in Nature.',
  'Economists surveyed by Bloomberg expect growth of 2 percent.',
  'NASA scientists said the probe had entered orbit.',
  'The analysts flew to Nairobi on Sunday.',
  'Chinese engineers and experts arrived at the site.',
  'A study published in The Lancet found that the drug cut deaths by a fifth.',
  'A 2021 report by the World Bank found that poverty had fallen.',
  'According to a report by Amnesty International, the detainees were tortured.',
  'Experts from the International Atomic Energy Agency visited the plant on Monday.',
  '“Experts say this cannot be done,” the company’s founder, Mira Chen, said.',
  'Critics of the pipeline gathered outside parliament on Saturday.',
  'Some 3,000 runners took part in the race.',
  'Many delegates arrived a day early because of the strike.',
  'Scientists and engineers from 14 countries gathered in Geneva.',
  'Officials at the embassy did not respond to requests for comment.',
  'The researchers, led by Dr. Hana Sato of Kyoto University, published their results on Wednesday.',
  'The company told analysts on a call that demand was recovering.',
  'Reuters reported that the talks had stalled.',
  'The New York Times reported on Sunday that the deal was off.',
  'A senior defense official said the strikes would continue.',
  'Two diplomats said the talks had stalled.',
  'Scientists at CERN announced the discovery on Tuesday.',
  'The study’s lead author, Dr. Maya Lin, said the results were preliminary.',
  'Economists polled by Reuters forecast growth of 1.5 percent.',
  'The Office for National Statistics said inflation fell in May.',
  'Most of the victims were children.',
  'Several studies were presented at the conference.',
  'Supporters of the club lined the streets for the parade.',
  'The report, published by the Resolution Foundation, found that rents had doubled.',
  'Trade officials toured the port on Monday.',
  // The named speaker vouches for the ordinary people in her indirect speech.
  'Mayor Gloria Pettway said residents had complained for years about the bills.',
  'The contract is worth $48 million, according to city budget documents.',
  'Court records show the firm paid $250,000 to settle the case.',
  'Residents rallied outside city hall, saying the plant must close.',
  'Three residents of the building said the lift had been broken for weeks.',
  'He died at home, according to a statement posted on his official Facebook page.',
  'Revenue grew 31 percent, according to figures shared with investors and viewed by The Information.',
  'That means more heat waves in the West, Ebi and other scientists say.',
  'Several analyses, including one from the Congressional Budget Office, have said that the bill would hurt low earners.',
  'More children were separated, according to a report released Thursday by the inspector general for the department.',
  'Chinese customs data showed imports of the machines jumped 35%.',
  'Court papers show that he earned $385,000 a year.',
  'The death toll has risen to 142, according to the disaster management agency.',
  'Lawyers for the family said they would appeal.',
  // A definite expert refers back to the named one.
  'Ruth Adeyemi, chief UK economist at Barclays, said the figure was a surprise. The economist added that services inflation remained sticky.',
  'The race drew 9,000 runners, according to the organisers, Northern Road Events.',
  'The film received a standing ovation, according to the festival’s organisers.',
  'Economists surveyed by Reuters had expected a rate of 2.6 percent.'
]

describe('vague-source', () => {
  it.each(positives)('flags %s', async (text, expected) => {
    expect(await flagged(text, 'vague-source')).toEqual(expected)
  })

  it.each(negatives)('does not flag %s', async (text) => {
    expect(await flagged(text, 'vague-source')).toEqual([])
  })
})
