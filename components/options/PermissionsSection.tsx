// Permissions: what Gloss may contact and why; the optional Google News permission's state.
export interface PermissionsSectionProps {
  googleNewsGranted: boolean | null;
  googleNewsOn: boolean;
}

export function PermissionsSection({ googleNewsGranted, googleNewsOn }: PermissionsSectionProps) {
  const state = googleNewsGranted === null ? 'checking…' : googleNewsGranted ? 'granted' : 'not granted';
  return (
    <>
      <p>
        Gloss may contact Wikipedia, Wikidata and GDELT, only from its background and only with the name of an entity.
        It never reads pages in the background or sends their text anywhere.
      </p>
      <dl class="permissions">
        <dt>news.google.com (optional, for Google News)</dt>
        <dd id="google-news-permission">{state}</dd>
      </dl>
      {googleNewsOn && googleNewsGranted === false && (
        <p class="error" role="alert">
          Google News is switched on but the permission was withdrawn in the browser. Switch Google News off and on
          again to grant it.
        </p>
      )}
      {!googleNewsOn && (
        <p class="help">
          Switching Google News on (under Sources) asks for this permission; switching it off gives it back.
        </p>
      )}
    </>
  );
}
