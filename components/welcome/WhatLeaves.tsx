// "What leaves your device, and when": every outside service Gloss can contact, what it is
// sent and whether the reader's settings allow it now (utils/welcome/outbound.ts), then what
// never leaves and what stays on the device. Follows the settings live.
import type { Settings } from '@/utils/model/settings';
import { NEVER_SENT, outboundFlows } from '@/utils/welcome/outbound';

export interface WhatLeavesProps {
  settings: Settings;
}

export function WhatLeaves({ settings }: WhatLeavesProps) {
  const flows = outboundFlows(settings);
  return (
    <>
      <p class="never" id="never-sent">
        <strong>Never:</strong> {NEVER_SENT}
      </p>
      <p>
        What Gloss sends is only ever about a name of a person, place or organization (the name itself, or what
        Wikipedia answered about it), and only to the services below, as your settings allow.{' '}
        {settings.offline && <strong>Offline/private mode is on: Gloss sends nothing.</strong>}
      </p>
      <div class="table-wrap">
        <table class="flows">
          <caption class="visually-hidden">Outside services Gloss may contact</caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">What is sent</th>
              <th scope="col">When</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {flows.map((f) => (
              <tr key={f.id} data-flow={f.id} data-on={f.state.on ? 'true' : 'false'}>
                <th scope="row">
                  {f.service}
                  <span class="flows__host">{f.host}</span>
                </th>
                <td>{f.sends}</td>
                <td>{f.when}</td>
                <td class={f.state.on ? 'flows__on' : 'flows__off'}>{f.state.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>What stays on this device</h3>
      <ul>
        <li>Your highlights and notes.</li>
        <li>
          {settings.readingHistory
            ? 'Your reading history (on): for each article you read, its address, title, site, date and the names in it, so that cards can show what you read before.'
            : 'Your reading history is off: Gloss does not record the articles you read.'}
        </li>
        <li>
          The cards Gloss looked up, so that it need not ask again for 7 days (“Delete everything” in the settings
          removes them).
        </li>
      </ul>
      <p class="muted">
        Your settings (including your lists of sites) are kept in the browser’s synced storage: if you use the browser’s
        own sync, it copies them to your other devices. Nothing else Gloss keeps is synced.
      </p>
    </>
  );
}
