import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { EpidemiologyThresholdsQuery, SetEpidemiologyThresholdMutation } from '../api/operations';
import type { SymptomCategory } from '../gql/graphql';
import { ErrorNotice } from '../lib/errors';
import { useI18n } from '../lib/i18n';

/** When each category raises an alert; admins change it per category (setEpidemiologyThreshold). */
export function EpidemiologyThresholds({ territoryId, editable }: { territoryId: string; editable: boolean }) {
  const { t, lang } = useI18n();
  const [{ data, error }, refetch] = useQuery({ query: EpidemiologyThresholdsQuery, variables: { territoryId } });
  const number = new Intl.NumberFormat(lang === 'FR' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
  return (
    <div className="epi-thresholds">
      <ErrorNotice error={error} />
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('epi.category')}</th>
              <th scope="col">{t('epi.minDailyAverage')}</th>
              <th scope="col">{t('epi.riseRatio')}</th>
              {editable ? <th scope="col">{t('epi.change')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {(data?.epidemiologyThresholds ?? []).map((x) => (
              <tr key={x.category} data-category={x.category}>
                <th scope="row">{t(`symptom.${x.category}`)}</th>
                <td>{number.format(x.minDailyAverage)}</td>
                <td>+{number.format(Math.round(x.riseRatio * 100))} %</td>
                {editable ? (
                  <td>
                    <ThresholdForm territoryId={territoryId} category={x.category} minDailyAverage={x.minDailyAverage} riseRatio={x.riseRatio} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function ThresholdForm({ territoryId, category, minDailyAverage, riseRatio, onSaved }: { territoryId: string; category: SymptomCategory; minDailyAverage: number; riseRatio: number; onSaved: () => void }) {
  const { t } = useI18n();
  const [min, setMin] = useState(String(minDailyAverage));
  const [rise, setRise] = useState(String(Math.round(riseRatio * 100)));
  const [state, save] = useMutation(SetEpidemiologyThresholdMutation);
  useEffect(() => {
    setMin(String(minDailyAverage));
    setRise(String(Math.round(riseRatio * 100)));
  }, [minDailyAverage, riseRatio]);
  const label = t(`symptom.${category}`);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await save({ input: { territoryId, category, minDailyAverage: Number(min.replace(',', '.')), riseRatio: Number(rise.replace(',', '.')) / 100 } });
    if (r.data) onSaved();
  };
  return (
    <form className="epi-threshold-form" onSubmit={submit}>
      <label>
        <span className="visually-hidden">{t('epi.minFor', { category: label })}</span>
        <input inputMode="decimal" required size={4} value={min} onChange={(e) => setMin(e.target.value)} />
      </label>
      <label>
        <span className="visually-hidden">{t('epi.riseFor', { category: label })}</span>
        <input inputMode="numeric" required size={3} value={rise} onChange={(e) => setRise(e.target.value)} />
      </label>
      <button type="submit" className="button button--small" disabled={state.fetching} aria-label={t('epi.saveFor', { category: label })}>
        {t('common.save')}
      </button>
      <ErrorNotice error={state.error} />
    </form>
  );
}
