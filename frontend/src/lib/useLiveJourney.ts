import { useEffect, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { JourneyQuery, JourneyUpdatedSubscription } from '../api/operations';
import type { JourneyDetailFragment } from '../gql/graphql';

/**
 * A journey kept live: read once, then every `journeyUpdated` event brings the journey right after
 * it. Mutations made here hand their payload to `replace`, so the view never waits for its own echo.
 * Versions only move forward: a late or replayed event never rolls the view back.
 */
export function useLiveJourney(id: string) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: JourneyQuery, variables: { id }, requestPolicy: 'network-only' });
  const [journey, setJourney] = useState<JourneyDetailFragment | null>(null);
  const [sinceVersion, setSinceVersion] = useState<number | null>(null);

  useEffect(() => {
    setJourney(null);
    setSinceVersion(null);
  }, [id]);

  useEffect(() => {
    const loaded = data?.journey;
    if (!loaded) return;
    setJourney((current) => (current && current.version > loaded.version ? current : loaded));
    setSinceVersion((v) => v ?? loaded.version);
  }, [data]);

  const replace = (next: JourneyDetailFragment | null | undefined) => {
    if (next) setJourney((current) => (current && current.version > next.version ? current : next));
  };

  const [live] = useSubscription(
    {
      query: JourneyUpdatedSubscription,
      variables: { journeyId: id, sinceVersion: sinceVersion ?? 0 },
      pause: sinceVersion === null,
    },
    (_previous, event) => {
      replace(event.journeyUpdated.journey);
      return event;
    },
  );

  return {
    journey,
    fetching: fetching && !journey,
    error: journey ? undefined : error,
    liveError: live.error,
    lastEvent: live.data?.journeyUpdated,
    replace,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}
