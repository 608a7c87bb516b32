import type { StepFieldsFragment } from '../gql/graphql';
import { useI18n } from '../lib/i18n';

type Lab = NonNullable<StepFieldsFragment['lab']>;

/** What a lab or imaging order asked for and what came back; critical values stand out in words and colour. */
export function LabDetails({ lab }: { lab: Lab }) {
  const { t } = useI18n();
  return (
    <div className="lab">
      {lab.tests.length > 0 ? (
        <p>
          {t('lab.tests')} : {lab.tests.map((x) => x.label).join(', ')}
        </p>
      ) : null}
      {lab.exam ? <p>{lab.exam}</p> : null}
      {lab.results.length > 0 ? (
        <div className="table-scroll">
          <table className="lab__results">
            <caption className="visually-hidden">{t('lab.results')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lab.tests')}</th>
                <th scope="col">{t('lab.value')}</th>
                <th scope="col">{t('lab.reference')}</th>
                <th scope="col">{t('lab.flag')}</th>
              </tr>
            </thead>
            <tbody>
              {lab.results.map((r) => (
                <tr key={r.code} className={r.critical ? 'result--critical' : r.abnormal ? 'result--abnormal' : undefined} data-flag={r.flag}>
                  <th scope="row">{r.label}</th>
                  <td>
                    {r.value ?? r.text} {r.unit ?? ''}
                  </td>
                  <td>{r.referenceLow != null || r.referenceHigh != null ? `${r.referenceLow ?? ''}–${r.referenceHigh ?? ''}` : ''}</td>
                  <td>{t(`flag.${r.flag}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {lab.imagingReport ? <p className="tree__report">{lab.imagingReport}</p> : null}
    </div>
  );
}
